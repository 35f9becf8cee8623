// Money and shares for display: the one place fen become 万元 / 元 / 亿元 strings.

import { FEN_PER_UNIT } from '../domain/money';

export const DISPLAY_UNITS = ['万元', '元', '亿元'] as const;
export type DisplayUnit = (typeof DISPLAY_UNITS)[number];

export const FEN_PER_DISPLAY_UNIT: Record<DisplayUnit, number> = { ...FEN_PER_UNIT, 亿元: 10_000_000_000 };
const DIGITS: Record<DisplayUnit, number> = { 元: 2, 万元: 2, 亿元: 4 };
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(locale, options);
    formatters.set(key, cached);
  }
  return cached;
}

export const MISSING = '—';

/** 479265493 fen in 万元 → "479.27"; null → "—". */
export function formatMoney(
  fen: number | null | undefined,
  unit: DisplayUnit = '万元',
  locale = 'zh-CN',
): string {
  if (fen === null || fen === undefined) return MISSING;
  const digits = DIGITS[unit];
  return formatter(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    fen / FEN_PER_DISPLAY_UNIT[unit],
  );
}

/** 0.2345 → "23.5%"; null → "—". */
export function formatShare(fraction: number | null | undefined, locale = 'zh-CN'): string {
  if (fraction === null || fraction === undefined || !Number.isFinite(fraction)) return MISSING;
  return formatter(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(
    fraction,
  );
}

export function formatCount(value: number, locale = 'zh-CN'): string {
  return formatter(locale, {}).format(value);
}

/** Exact yuan for differences and tolerances: 5000 fen → "50.00"; half a fen → "0.005". */
export function formatYuanExact(fen: number, locale = 'zh-CN'): string {
  const digits = Number.isInteger(fen) ? 2 : 3;
  return formatter(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    fen / 100,
  );
}

/**
 * A figure as the document prints it: in the table's own unit, with the decimals its printed
 * precision (`step`, fen per last digit) implies — 4,800,228.00 元, 480.02 万元, 3,702.206400 万元.
 */
export function formatPrinted(fen: number, step: number, unit: '元' | '万元', locale = 'zh-CN'): string {
  return `${printedNumber(fen, step, unit, locale)} ${unit}`;
}

/** The number alone, as formatPrinted gives it (what the source view looks for on a line). */
export function printedNumber(fen: number, step: number, unit: '元' | '万元', locale = 'zh-CN'): string {
  const fenPerUnit = unit === '元' ? 100 : 1_000_000;
  const digits = Math.max(0, Math.min(8, Math.round(Math.log10(fenPerUnit / Math.max(1, step)))));
  return formatter(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits }).format(
    fen / fenPerUnit,
  );
}

/** A change with its sign (+13.37, −0.30): the magnitude formatted by `format`; `zero` for none. */
export function formatSigned(value: number, format: (magnitude: number) => string, zero: string): string {
  return value === 0 ? zero : `${value > 0 ? '+' : '−'}${format(Math.abs(value))}`;
}
