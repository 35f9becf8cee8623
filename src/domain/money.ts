// Money is an integer count of fen (分). It is converted exactly once, where the source unit is
// known, and never passes through floating point: the printed digits are scaled as strings.

export const MONEY_UNITS = ['元', '万元'] as const;
export type MoneyUnit = (typeof MONEY_UNITS)[number];

/** How many fen one printed unit is worth. */
export const FEN_PER_UNIT: Record<MoneyUnit, number> = { 元: 100, 万元: 1_000_000 };

/** Decimal places a unit can carry before it would need fractions of a fen. */
const MAX_DECIMALS: Record<MoneyUnit, number> = { 元: 2, 万元: 6 };

export interface ParsedAmount {
  /** Exact value in fen. */
  fen: number;
  /** Fen worth of one step in the last printed digit: "27.6" 万元 → 100 000; "1.00" 元 → 1. */
  step: number;
}

export type AmountResult =
  | { ok: true; value: ParsedAmount }
  | { ok: false; reason: 'empty' | 'not-a-number' | 'too-precise' | 'too-large' };

/** Placeholders printed for "nothing here" in the disclosures. */
const BLANK_MARKS = new Set(['', '-', '—', '－', '--', '/', '——']);

/**
 * Parses a printed amount exactly. Tolerates the artefacts of PDF and Word extraction:
 * thousands separators, spaces inside the number (`4, 122, 430. 72`, `12 61 .69`),
 * and full-width digits. Anything else is reported, never guessed.
 */
export function parseAmount(text: string, unit: MoneyUnit): AmountResult {
  const trimmed = text.trim();
  if (BLANK_MARKS.has(trimmed)) return { ok: false, reason: 'empty' };
  const compact = toHalfWidth(trimmed).replace(/[\s,，]/g, '');
  const match = /^(-?)(\d+)(?:\.(\d*))?$/.exec(compact);
  if (!match) return { ok: false, reason: 'not-a-number' };
  const [, sign, whole, fraction = ''] = match;
  if (fraction.length > MAX_DECIMALS[unit]) return { ok: false, reason: 'too-precise' };
  const perUnit = FEN_PER_UNIT[unit];
  const fractionScale = perUnit / 10 ** fraction.length;
  const fen = Number(whole) * perUnit + (fraction ? Number(fraction) * fractionScale : 0);
  if (!Number.isSafeInteger(fen)) return { ok: false, reason: 'too-large' };
  const step = fractionScale;
  return { ok: true, value: { fen: sign === '-' ? -fen : fen, step } };
}

/** True when the text looks like an amount (used to tell label cells from value cells). */
export function looksLikeAmount(text: string): boolean {
  const compact = toHalfWidth(text.trim()).replace(/[\s,，]/g, '');
  return /^-?\d+(?:\.\d+)?$/.test(compact);
}

const FULL_WIDTH_DIGITS = /[０-９．，－]/g;

/** Full-width digits and punctuation, common in Word exports, to their ASCII forms. */
export function toHalfWidth(text: string): string {
  return text.replace(FULL_WIDTH_DIGITS, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}

/** Fen as a yuan string with exactly two decimals and no separators: 479265493 → "4792654.93". */
export function fenToYuanString(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.floor(abs / 100);
  const cents = String(abs % 100).padStart(2, '0');
  return `${sign}${yuan}.${cents}`;
}

/** Parses a yuan string like "4792654.93" into fen; used by tests that type figures in yuan. */
export function yuan(text: string): number {
  const result = parseAmount(text, '元');
  if (!result.ok) throw new Error(`not a yuan amount: ${text}`);
  return result.value.fen;
}

/** Parses a 万元 string like "479.27" into fen. */
export function wanYuan(text: string): number {
  const result = parseAmount(text, '万元');
  if (!result.ok) throw new Error(`not a 万元 amount: ${text}`);
  return result.value.fen;
}

/** Two printed figures agree when they differ by at most half a step of the coarser one. */
export function toleranceFor(...steps: number[]): number {
  return Math.max(...steps) / 2;
}
