// Names as printed, minus the artefacts of line wrapping. Chinese text has no spaces between
// words, so any whitespace next to a Chinese character or full-width punctuation is a wrap or
// extraction artefact: `2080505-机关事业单位基本养老保险 缴费支出` → `…保险缴费支出`.

const CJK = '[\\u2e80-\\u303f\\u3400-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef“”‘’〝〞《》]';
const SPACE_NEXT_TO_CJK = new RegExp(`(?<=${CJK})\\s+|\\s+(?=${CJK})`, 'g');

export function cleanName(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(SPACE_NEXT_TO_CJK, '');
}

/** A key for matching the same name across tables: width-folded, brackets unified, no spaces. */
export function nameKey(text: string): string {
  return cleanName(text)
    .normalize('NFKC')
    .replace(/[“”"〝〞]/g, '"')
    .replace(/\s/g, '');
}
