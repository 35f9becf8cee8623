// The shape of the years goldens: figures about change between years, typed by a person reading
// the documents (the seed text files, the corpus PDFs), never taken from the converter's output.
// Amounts are strings exactly as printed, in the unit given.

export type Amount = string;

/**
 * One sentence of a narrative (情况说明) that states how a figure changed from an earlier year:
 * `一般公共服务支出（类）509.67万元，比2024年预算增加13.37万元，增长2.7%`.
 */
export interface StatedChangeGolden {
  /** 1-based line of the text file on which this year's amount (509.67) is printed. */
  line: number;
  /** What the figure is, as the sentence names it: `一般公共服务支出（类）`, `因公出国（境）费`. */
  subject: string;
  /** This year's amount as printed. */
  current: Amount;
  unit: '万元' | '元';
  /** 增加/增长 → up; 减少/下降/降低 → down; 持平/相同/一致/增加0 → flat. */
  direction: 'up' | 'down' | 'flat';
  /** The amount of the change as printed, or null when the sentence gives none. */
  amount: Amount | null;
  /** The percentage as printed without the % sign (`2.7`), or null when the sentence gives none. */
  percent: string | null;
  /** What it is compared with: 上年预算/2024年预算 → budget; 上年执行数 → actual; only 上年/2024年 → unspecified. */
  baseline: 'budget' | 'actual' | 'unspecified';
  /** The earlier year when the sentence prints it (`比2024年`), else null. */
  baselineYear: number | null;
  /** Whether the sentence's own numbers agree: amount ÷ (current ∓ amount) rounds to the printed percent. */
  selfConsistent: boolean | null;
}

/** A table that prints last year's figures beside this year's (上年预算数, 2025年预算数). */
export interface PriorColumnGolden {
  /** The table's label as printed, e.g. `表五 2026年一般公共预算支出情况表`. */
  table: string;
  /** The prior-year column's header as printed, e.g. `2025年预算数`. */
  header: string;
  unit: '万元' | '元';
  /** [code or row label, last year's amount as printed, this year's amount as printed] — '' for an empty cell. */
  rows: [label: string, prior: Amount, current: Amount][];
}

export interface DocumentYearsGolden {
  /** The file read: a seed's text file (`000_….txt`) or corpus PDF(s). */
  files: string[];
  department: string;
  year: number;
  /** Every sentence stating a change of a total, a 类 or a “三公” item. */
  statedChanges: StatedChangeGolden[];
  priorColumns: PriorColumnGolden[];
  notes?: string[];
}

/** One department in several years, each year read from its own disclosure. */
export interface SeriesGolden {
  department: string;
  unit: '万元' | '元';
  years: {
    year: number;
    files: string[];
    /** Department-wide expenditure, all funds. */
    total: Amount;
    basic: Amount;
    project: Amount;
    /** Every 类 row of the all-funds expenditure table: [code, name, total]. */
    classes: [code: string, name: string, total: Amount][];
  }[];
  notes?: string[];
}
