// The normalized budget of one disclosure: the shape the converter writes and the app reads.
// Every figure carries its provenance (table and line in the source file).

import type { Level } from './codes';
import type { Issue } from './issues';
import type { MoneyUnit } from './money';
import type { Check } from './checks';

/**
 * How a source's text carries its tables: tab-separated cells, one cell per tab-led line (Word
 * exports), PDF text flattened with spaces (cells lost), or a PDF read with positions (`pdf`).
 * What each family keeps is declared once, in scripts/layout/families.ts.
 */
export const LAYOUT_FAMILIES = ['tabbed', 'cell-per-line', 'pdf-text', 'pdf'] as const;
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
  'gpb-economic',
  'fiscal-functional',
  'basic-economic',
  'basic-functional',
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
  /**
   * Set when the figure is not printed but added up from printed ones: a 类 or 款 whose 项 are
   * printed without it, or one 项 printed in parts (one row per economic class). `line` is the
   * first of its parts.
   */
  derived?: true;
  /**
   * Set when the figure is not printed but worked out from a stated change: this year's figure
   * less the change the narrative states (`line` is the sentence's).
   */
  fromChange?: true;
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
  // 财政拨款 (预算拨款) as one line, where a summary does not split it by fund.
  'fiscal',
  // Last year's money besides the 上年结转 (西安's 上年实户资金余额, 使用非财政拨款结余).
  'account-balance',
  'non-fiscal-balance',
] as const;

/** Income of earlier years that pays for this year's spending. */
export const CARRIED_IN: ReadonlySet<IncomeSource> = new Set([
  'carryover',
  'account-balance',
  'non-fiscal-balance',
]);
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
  /** The 功能科目 the project table prints for it, where it has such a column. */
  functionalCode?: string;
  /** Where the project's performance form (绩效目标) is printed, when the document has one. */
  performance?: { table: string; line: number };
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

/**
 * A change the narrative states for a figure it prints: `一般公共服务支出（类）509.67万元，比2024年
 * 预算增加13.37万元，增长2.7%`. Amount and percent are magnitudes, as printed; `direction` gives the sign.
 */
export interface StatedChange {
  /** What the sentence names, as printed (`一般公共服务支出（类）`, `行政运行（2010601）`). */
  subject: string;
  /** This year's figure the sentence prints. */
  current: Figure;
  direction: 'up' | 'down' | 'flat';
  /** The amount of the change, at its printed precision; null when the sentence gives only a percent. */
  amount: Figure | null;
  /** The percentage as printed: `2.7` is { value: 27, decimals: 1 } (value in units of the last digit). */
  percent: { value: number; decimals: number } | null;
  /** What the sentence compares with: 上年预算 → budget; 上年执行数 → actual; 上年 alone → unspecified. */
  baseline: 'budget' | 'actual' | 'unspecified';
  /** The earlier year when the sentence prints it (`比2024年`); else null (上年). */
  baselineYear: number | null;
  /** Line where the change is printed. */
  line: number;
  /** What the subject is in the tables, where the converter can tell; null where it cannot. */
  refers: ChangeSubject | null;
}

/** A figure of the tables a stated change speaks of, the same in every year's disclosure. */
export type ChangeSubject =
  | { kind: 'expenditure'; measure: 'total' | 'basic' | 'project' }
  | { kind: 'income' }
  | { kind: 'functional'; code: string }
  | { kind: 'san-gong'; item: keyof SanGong };

/**
 * Last year's figures as this disclosure prints them, in columns beside this year's
 * (`2025年预算数`, `上年预算数`): figures of that earlier year, printed in this year's document.
 */
export interface PriorYear {
  /** The year they are of: printed in the header, else the disclosure's year − 1. */
  year: number | null;
  /** A functional table's prior-year column: its 合计 and each row. */
  functional: {
    /** The column's header as printed, e.g. `2025年预算数`. */
    header: string;
    table: string;
    /** Which funds the table covers. */
    scope: 'all' | 'fiscal' | 'gpb';
    total: Figure | null;
    /** This year's 合计 printed beside it. */
    current: Figure | null;
    /** Each classification row: last year's total and this year's printed beside it. */
    rows: { code: string; name: string; total: Figure; current: Figure | null }[];
  } | null;
  /** The “三公” table's prior-year columns. */
  sanGong: { header: string; table: string; values: SanGong; current: SanGong } | null;
}

/** What a disclosure is, as the document names it: a department's budget, one unit's, or final accounts. */
export const DOCUMENT_KINDS = ['部门预算', '单位预算', '部门决算'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];

/** Where the department, region and year were read: the document itself, sources.csv, or only the file name. */
export const IDENTITY_SOURCES = ['document', 'sources.csv', 'file-name'] as const;
export type IdentitySource = (typeof IDENTITY_SOURCES)[number];

/** A PDF behind a disclosure: where its text starts in the reconstructed text, and each page. */
export interface SourceDocument {
  file: string;
  /** Line of the reconstructed text where this file begins. */
  line: number;
  /** First line of each page in the reconstructed text (page n starts at pages[n - 1]). */
  pages: number[];
}

export interface Disclosure {
  id: string;
  /** The input file (the first, when the disclosure came as several). */
  sourceFile: string;
  /** Path of the text figures' lines refer to, under data/: `sources/<file>.txt` or `text/<id>.txt` (PDFs). */
  text: string;
  /** The PDFs the text was reconstructed from (empty for text sources). */
  documents: SourceDocument[];
  title: string;
  kind: DocumentKind;
  year: number | null;
  region: string | null;
  department: { code: string | null; name: string };
  identitySource: IdentitySource;
  /** The department above the disclosing unit, when the disclosure is a unit's (单位预算). */
  parent: { code: string; name: string } | null;
  layout: LayoutFamily;
  tables: TableInfo[];
  income: { total: Figure | null; lines: IncomeLine[] };
  /** The 收支总表's totals as printed: this year's income and expenditure, and with 结转 (总计). */
  balance: {
    currentIncome: Figure | null;
    totalIncome: Figure | null;
    currentExpenditure: Figure | null;
    totalExpenditure: Figure | null;
  };
  expenditure: {
    total: Figure | null;
    basic: Figure | null;
    personnel: Figure | null;
    publicUse: Figure | null;
    project: Figure | null;
  };
  units: UnitRow[];
  functional: FunctionalRow[];
  /**
   * The funds the functional classification covers: all funds where a table prints them by
   * function, else only 财政拨款 or 一般公共预算 (some disclosures print no all-funds table by function).
   */
  functionalScope: 'all' | 'fiscal' | 'gpb';
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
  /** The changes from an earlier year the narrative states, in reading order. */
  statedChanges: StatedChange[];
  /** Last year's figures where the tables print them beside this year's; null when none do. */
  priorYear: PriorYear | null;
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
