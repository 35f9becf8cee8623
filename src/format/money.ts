// Money for display: the one place fen become 万元 / 元 / 亿元 strings.

import { FEN_PER_UNIT } from '../domain/money';

export const DISPLAY_UNITS = ['万元', '元', '亿元'] as const;
export type DisplayUnit = (typeof DISPLAY_UNITS)[number];

const FEN_PER_DISPLAY_UNIT: Record<DisplayUnit, number> = { ...FEN_PER_UNIT, 亿元: 10_000_000_000 };
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, digits: number): Intl.NumberFormat {
  const key = `${locale}:${digits}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits });
    formatters.set(key, cached);
  }
  return cached;
}

export const MISSING = '—';

/** 479265493 fen in 万元 → "479.27"; null → "—". Rounds half away from zero at the last digit. */
export function formatMoney(
  fen: number | null | undefined,
  unit: DisplayUnit = '万元',
  locale = 'zh-CN',
): string {
  if (fen === null || fen === undefined) return MISSING;
  const digits = unit === '元' ? 2 : unit === '万元' ? 2 : 4;
  return formatter(locale, digits).format(fen / FEN_PER_DISPLAY_UNIT[unit]);
}
