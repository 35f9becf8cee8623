// What every check reads: one converted document at the end of the budget stage.

import type { Assembled } from '../budget/assemble';
import type { Observations } from '../budget/observations';
import type { NarrativeStream } from '../prose/narrative';
import type { ParsedDocument } from '../tables/parse';

export interface CheckedDocument {
  /** The tables, parsed (tables/parse.ts). */
  parsed: ParsedDocument;
  /** The normalized budget (budget/assemble.ts). */
  budget: Assembled;
  /** Each quantity as every table prints it (budget/observe.ts). */
  obs: Observations;
  /** True when all income is 一般公共预算 (its tables then cover all funds). */
  allGpb: boolean;
  /** The narrative's text, for the sentences the checks quote. */
  stream: NarrativeStream;
  /** What could not be checked, named as a note (never reported as failing). */
  note: (line: number, table: string, message: string) => void;
}
