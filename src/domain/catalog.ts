// The small catalog the app loads first (public/data/index.json), and the validation report.

import type { LineageRef } from './years';
import type { Disclosure, DocumentKind, Figure, LayoutFamily } from './budget';
import type { Check } from './checks';
import type { Issue } from './issues';

export interface CatalogEntry {
  id: string;
  title: string;
  year: number | null;
  region: string | null;
  department: Disclosure['department'];
  parent: Disclosure['parent'];
  sourceFile: string;
  /** Path under data/ of the text its lines refer to (`sources/<file>` or `text/<id>.txt`). */
  text: string;
  /** 部门预算, 单位预算 or 部门决算. */
  kind: DocumentKind;
  /** Where the department's name was read (the document, sources.csv, or only the file name). */
  identitySource: Disclosure['identitySource'];
  layout: LayoutFamily;
  /** 'failed' when conversion raised an error: shown with a warning, left out of sums. */
  status: 'converted' | 'failed';
  expenditure: { total: Figure | null; basic: Figure | null; project: Figure | null };
  income: Figure | null;
  /** Sub-units (not the department row), for choosing what to compare. */
  subUnits: { code: string; name: string }[];
  projects: number;
  /** `failed` counts every check that does not hold; `roundingTails` those of them that miss by a 尾差 only. */
  checks: { passed: number; failed: number; roundingTails: number };
  issues: { errors: number; warnings: number };
  /** Hash of the disclosure's converted data (see DisclosureFile.version). */
  version: string;
  /** The same department's other years (`years/<key>.json`), when the catalog holds any. */
  lineage?: LineageRef;
}

export interface Catalog {
  /** Hash of the converted data; changes whenever any figure does. */
  version: string;
  disclosures: CatalogEntry[];
  /** How many files `projects/<n>.json` the projects of all disclosures are split into. */
  projectShards: number;
}

/**
 * One project in the projects index, compact because a province has tens of thousands:
 * disclosure id, project code, name, unit name, amount (fen, step, table, line), funding source.
 * Department and year come from the catalog.
 */
export type ProjectIndexRow = [
  disclosureId: string,
  code: string | null,
  name: string,
  unit: string | null,
  fen: number,
  step: number,
  table: string,
  line: number,
  fundingSource: string | null,
];

/** `projects/<n>.json`: the projects of a fixed number of disclosures, in catalog order. */
export interface ProjectShard {
  rows: ProjectIndexRow[];
}

/** Disclosures per projects shard: a shard stays small however large the corpus grows. */
export const PROJECT_SHARD_SIZE = 200;

export interface ValidationReport {
  version: string;
  disclosures: {
    /** Null when the file could not be converted at all. */
    id: string | null;
    sourceFile: string;
    status: 'converted' | 'failed';
    passed: number;
    failed: number;
    /** The checks that failed (every check is in checks/<id>.json). */
    checks: Check[];
    issues: Issue[];
  }[];
  /** Checks that take two years' disclosures of one department (years/<key>.json): counts, and those that fail. */
  years: { passed: number; failed: number; checks: { disclosure: string; check: Check }[] };
}
