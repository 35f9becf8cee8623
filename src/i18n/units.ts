// Money units as each language names them, and a label with its unit in that language's
// punctuation: 合计（万元） in Chinese, "Total (10k yuan)" in English.

import type { DisplayUnit } from '../format/money';
import type { Language } from './language';

const EN: Record<DisplayUnit, string> = { 万元: '10k yuan', 元: 'yuan', 亿元: '100m yuan' };

export function unitName(unit: DisplayUnit, lang: Language): string {
  return lang === 'zh' ? unit : EN[unit];
}

export function withUnit(text: string, unit: DisplayUnit, lang: Language): string {
  return lang === 'zh' ? `${text}（${unit}）` : `${text} (${EN[unit]})`;
}
