// The small catalog the app loads first (public/data/index.json), and the validation report.

import type { Disclosure, Figure, LayoutFamily } from './budget';
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
  layout: LayoutFamily;
  /** 'failed' when conversion raised an error: shown with a warning, left out of sums. */
  status: 'converted' | 'failed';
  expenditure: { total: Figure | null; basic: Figure | null; project: Figure | null };
  income: Figure | null;
  /** Sub-units (not the department row), for choosing what to compare. */
  subUnits: { code: string; name: string }[];
  projects: number;
  checks: { passed: number; failed: number };
  issues: { errors: number; warnings: number };
  /** Hash of the disclosure's converted data (see DisclosureFile.version). */
  version: string;
}

export interface Catalog {
  /** Hash of the converted data; changes whenever any figure does. */
  version: string;
  disclosures: CatalogEntry[];
}

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
}
