// A reference of the national 政府收支分类科目 functional codes (类 / 款 / 项) and their names,
// built from the code–name pairs printed across the seeds and the corpus (`npm run reference`):
// the name most disclosures print for each code, with the files and years that print it. Not
// an official list: it holds the codes these documents use, as they print them, plus the 类 of
// the national classification that none prints as a row (those entries have no files).

import entries from './functional-codes.json';

export interface ReferenceEntry {
  code: string;
  name: string;
  /** Disclosures that print this code with this name, and the years they are for. */
  files: string[];
  years: number[];
  /** Other names printed for the code (renamings across years, abbreviations), with their files. */
  variants: { name: string; files: string[] }[];
}

const BY_CODE = new Map((entries as ReferenceEntry[]).map((entry) => [entry.code, entry]));

export function referenceEntry(code: string): ReferenceEntry | null {
  return BY_CODE.get(code) ?? null;
}

/** The name the reference gives a code, or null when no disclosure prints it. */
export function referenceName(code: string): string | null {
  return BY_CODE.get(code)?.name ?? null;
}

export function referenceEntries(): readonly ReferenceEntry[] {
  return entries as ReferenceEntry[];
}
