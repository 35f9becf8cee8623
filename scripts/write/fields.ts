// Every column of the CSV extracts, once: its type and meaning. `csv.ts` can only name columns
// declared here, and `datapackage.ts` describes each from here, so the two cannot disagree.

export type FieldType = 'string' | 'integer' | 'number';

const AMOUNT = {
  type: 'number',
  description: '元 (yuan), exactly two decimals; blank where the disclosure states nothing',
} as const;

/** Type and meaning of every column of every extract. */
export const FIELDS = {
  disclosure_id: {
    type: 'string',
    description: 'Id of the disclosure: its source file name without extension',
  },
  year: { type: 'integer', description: 'Budget year' },
  region: { type: 'string', description: 'City and district, e.g. 大连市西岗区' },
  department_code: {
    type: 'string',
    description: 'Code of the disclosing department or unit (keeps leading zeros)',
  },
  department: { type: 'string', description: 'Name of the disclosing department or unit' },
  source_file: { type: 'string', description: 'File name of the disclosure text the figures were read from' },
  expenditure_total: { ...AMOUNT, description: `本年支出合计, all funds. ${AMOUNT.description}` },
  basic: { ...AMOUNT, description: `基本支出. ${AMOUNT.description}` },
  personnel: { ...AMOUNT, description: `人员经费 (part of basic expenditure). ${AMOUNT.description}` },
  public_use: { ...AMOUNT, description: `公用经费 (part of basic expenditure). ${AMOUNT.description}` },
  project: { ...AMOUNT, description: `项目支出. ${AMOUNT.description}` },
  income_total: { ...AMOUNT, description: `收入总计. ${AMOUNT.description}` },
  san_gong_total: {
    ...AMOUNT,
    description: `“三公”经费 from the 三公 table, or the narrative when the table is empty. ${AMOUNT.description}`,
  },
  checks_passed: { type: 'integer', description: 'Accounting identities that hold' },
  checks_failed: {
    type: 'integer',
    description: 'Accounting identities that do not hold (see validation.json)',
  },
  unit_code: { type: 'string', description: 'Code of the unit (单位) within the department' },
  unit: { type: 'string', description: 'Name of the unit' },
  total: { ...AMOUNT, description: `合计. ${AMOUNT.description}` },
  code: {
    type: 'string',
    description: 'Classification code: 类 3 digits, 款 5, 项 7 (functional); 类 3, 款 5 (economic)',
  },
  name: { type: 'string', description: 'Classification name as printed, line-wrap artefacts removed' },
  level: { type: 'integer', description: '1 = 类, 2 = 款, 3 = 项' },
  parent_code: { type: 'string', description: 'Code of the level above; blank for a 类' },
  source_table: {
    type: 'string',
    description: 'Table the total was read from, e.g. 附表7 一般公共预算支出表',
  },
  source_line: { type: 'integer', description: '1-based line of the source file where the total is printed' },
  project_code: { type: 'string', description: 'Project code as printed (joined where the PDF split it)' },
  amount: { ...AMOUNT, description: `Project amount. ${AMOUNT.description}` },
  funding_source: {
    type: 'string',
    description: 'Funding columns the amount is printed in, e.g. 一般公共预算',
  },
  kind: { type: 'string', description: 'What the disclosure is: 部门预算, 单位预算 or 部门决算' },
  functional_scope: {
    type: 'string',
    description:
      'Funds the functional classification covers: all (all funds), fiscal (财政拨款 only) or gpb (一般公共预算 only), where no table prints all funds by function',
  },
  identity_source: {
    type: 'string',
    description: 'Where the department name was read: document, sources.csv, or file-name (not found)',
  },
  source_page: {
    type: 'integer',
    description: 'Page of the PDF the total is printed on (PDF sources; blank for text sources)',
  },
  derived: {
    type: 'string',
    description:
      'true when the figures are added up from printed rows (a 类 or 款 whose 项 alone are printed)',
  },
  checks_rounding_tails: {
    type: 'integer',
    description:
      'Of checks_failed, those that miss by no more than rounding each printed figure can make (尾差), not contradictions',
  },
} satisfies Record<string, { type: FieldType; description: string }>;

export type ColumnName = keyof typeof FIELDS;
