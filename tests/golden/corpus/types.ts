// The shape of a corpus golden file: figures typed by a person reading one real disclosure
// (PDF), never taken from the converter's output. Amounts are strings exactly as printed
// (thousands separators may be kept or dropped), in the golden's `unit`; '' means the cell is
// printed empty (blank, '-' or nothing).

export type Amount = string;

/** [code, name, total, basic (基本支出), project (项目支出)] */
export type ClassRow = [code: string, name: string, total: Amount, basic: Amount, project: Amount];

export interface CorpusGolden {
  /** The PDF file(s) of the disclosure, as named in ../shared/corpus/pdf/. */
  files: string[];
  /** The department (or unit) as the document names it. */
  department: string;
  year: number;
  kind: '部门预算' | '单位预算' | '部门决算';
  /** The money unit every amount below is in. */
  unit: '万元' | '元';
  /** Where the figures were read: table titles and PDF page numbers (1-based, as pdfinfo counts). */
  sources: string[];
  /** From the 收支总表 (or its equivalent). */
  summary: {
    /** 本年收入合计 */
    incomeCurrent: Amount;
    /** 收入总计 */
    incomeTotal: Amount;
    /** 本年支出合计 */
    expenditureCurrent: Amount;
    /** 支出总计 */
    expenditureTotal: Amount;
  };
  /** Department-wide expenditure, all funds: total, 基本支出 and 项目支出 as printed. */
  expenditure: { total: Amount; basic: Amount; project: Amount };
  /** Every 类 (3-digit) row of the all-funds expenditure table by functional classification, in printed order. */
  classes: ClassRow[];
  /** At least five 款 (5-digit) or 项 (7-digit) rows of the same table. */
  rows: ClassRow[];
  /** The “三公” table's totals, where printed. */
  sanGong?: {
    total: Amount;
    abroad: Amount;
    vehiclePurchase: Amount;
    vehicleOperation: Amount;
    reception: Amount;
  };
  /** Anything the reader noticed: figures that do not add up, classes whose codes are not printed, etc. */
  notes?: string[];
}
