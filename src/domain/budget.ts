// The normalized budget of one disclosure: the shape the converter writes and the app reads.
// Every figure carries its provenance (table and line in the source file).

import type { Level } from './codes';
import type { Issue } from './issues';
import type { MoneyUnit } from './money';
import type { Check } from './checks';

export const LAYOUT_FAMILIES = ['tabbed', 'cell-per-line', 'pdf-text'] as const;
export type LayoutFamily = (typeof LAYOUT_FAMILIES)[number];

export const TABLE_KINDS = [
  'summary',
  'income',
  'expenditure',
  'functional',
  'economic',
  'fiscal-summary',
  'gpb-functional',
  'gpb-units',
  'basic-economic',
  'san-gong',
  'gov-fund',
  'state-capital',
  'projects',
  'procurement',
  'purchase-services',
  'project-performance',
  'overall-performance',
  'other',
] as const;
export type TableKind = (typeof TABLE_KINDS)[number];

/** A printed amount, exact in fen, with where it was printed. */
export interface Figure {
  fen: number;
  /** Fen worth of one step in the last printed digit (the printed precision). */
  step: number;
  /** Label of the table it was read from, e.g. "附表7 一般公共预算支出表"; "情况说明" for the narrative. */
  table: string;
  /** 1-based line in the source file. */
  line: number;
}

export interface TableInfo {
  /** Label used in provenance, e.g. "表5-1 一般公共预算支出表（分功能科目）". */
  label: string;
  title: string;
  number: string | null;
  kind: TableKind;
  unit: MoneyUnit | null;
  line: number;
  endLine: number;
}

export interface FunctionalRow {
  code: string;
  name: string;
  level: Level;
  parent: string | null;
  total: Figure | null;
  basic: Figure | null;
  project: Figure | null;
  personnel: Figure | null;
  publicUse: Figure | null;
}

export interface EconomicRow {
  code: string;
  name: string;
  level: Level;
  parent: string | null;
  total: Figure | null;
  personnel: Figure | null;
  publicUse: Figure | null;
}

export interface UnitRow {
  code: string | null;
  name: string;
  /** True for the department row that sums the units. */
  isDepartment: boolean;
  income: Figure | null;
  total: Figure | null;
  basic: Figure | null;
  project: Figure | null;
  personnel: Figure | null;
  publicUse: Figure | null;
}

export const INCOME_SOURCES = [
  'gpb',
  'gov-fund',
  'state-capital',
  'special-account',
  'unit-funds',
  'business',
  'operating',
  'superior',
  'subordinate',
  'other',
  'carryover',
] as const;
export type IncomeSource = (typeof INCOME_SOURCES)[number];

export interface IncomeLine {
  source: IncomeSource;
  /** The label as printed. */
  label: string;
  amount: Figure | null;
}

export interface SanGong {
  total: Figure | null;
  abroad: Figure | null;
  vehicle: Figure | null;
  vehiclePurchase: Figure | null;
  vehicleOperation: Figure | null;
  reception: Figure | null;
}

export interface Project {
  code: string | null;
  name: string;
  unitCode: string | null;
  unitName: string | null;
  amount: Figure;
  /** Funding source(s) as printed in the column headers, e.g. "一般公共预算". */
  fundingSource: string | null;
}

export interface Count {
  value: number;
  line: number;
}

export interface NarrativeFigure {
  key: string;
  /** What the sentence says the figure is, e.g. "一般公共预算基本支出". */
  label: string;
  figure: Figure;
  /**
   * Which funds the sentence speaks of: `gpb` when it names 一般公共预算, `fiscal` when it
   * names 财政拨款, else `all`. `基本支出 395.75 万元` means different figures in each.
   */
  scope: 'all' | 'gpb' | 'fiscal';
}

export interface Disclosure {
  id: string;
  sourceFile: string;
  title: string;
  year: number | null;
  region: string | null;
  department: { code: string | null; name: string };
  /** The department above the disclosing unit, when the disclosure is a unit's (单位预算). */
  parent: { code: string; name: string } | null;
  layout: LayoutFamily;
  tables: TableInfo[];
  income: { total: Figure | null; lines: IncomeLine[] };
  expenditure: {
    total: Figure | null;
    basic: Figure | null;
    personnel: Figure | null;
    publicUse: Figure | null;
    project: Figure | null;
  };
  units: UnitRow[];
  functional: FunctionalRow[];
  economicBasic: EconomicRow[];
  economicAll: EconomicRow[];
  sanGong: SanGong | null;
  sanGongNarrative: SanGong | null;
  projects: Project[];
  procurement: Figure | null;
  purchaseOfServices: Figure | null;
  staffing: { authorized: Count | null; actual: Count | null; retired: Count | null };
  /** The department's duties (主要职责) as printed, paragraph by paragraph. */
  duties: { text: string; line: number }[];
  narrative: NarrativeFigure[];
  checks: Check[];
  issues: Issue[];
}

export type { MoneyUnit };

/**
 * A disclosure as written to `public/data/disclosures/<id>.json`: everything but the checks,
 * which are written to `public/data/checks/<id>.json` and loaded only where they are shown.
 */
export type DisclosureFile = Omit<Disclosure, 'checks'> & {
  checkCount: { passed: number; failed: number };
  /** Hash of this disclosure's converted data: changes whenever any of its figures does. */
  version: string;
};

export interface ChecksFile {
  id: string;
  /** Failed checks first. */
  checks: Check[];
}
