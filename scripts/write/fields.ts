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
  prior_year: {
    type: 'integer',
    description:
      'The year of prior_year_total: the year before, as the disclosure prints it beside this year',
  },
  prior_year_total: {
    ...AMOUNT,
    description: `Last year's total of the row as this year's disclosure prints it in a prior-year column (上年预算数, 2025年预算数); blank where no table prints one for the same funds. ${AMOUNT.description}`,
  },
  prior_year_source_line: {
    type: 'integer',
    description: '1-based line of the source file where prior_year_total is printed',
  },
  subject: {
    type: 'string',
    description: 'What the sentence names, as printed (e.g. 一般公共服务支出（类）)',
  },
  current: { ...AMOUNT, description: `This year's figure the sentence prints. ${AMOUNT.description}` },
  direction: { type: 'string', description: 'up, down or flat, as the sentence says (增加/减少/持平)' },
  change: {
    ...AMOUNT,
    description: `The change the sentence states, signed (negative for 减少); blank where it gives only a percentage. ${AMOUNT.description}`,
  },
  change_percent: {
    type: 'number',
    description:
      'The percentage the sentence states, signed, as printed (2.7 for 增长2.7%); blank where it gives none',
  },
  baseline: {
    type: 'string',
    description: 'What it compares with: budget (上年预算), actual (上年执行数) or unspecified (上年 alone)',
  },
  baseline_year: { type: 'integer', description: 'The earlier year where the sentence prints it (比2024年)' },
  refers_to: {
    type: 'string',
    description:
      'What the subject is in the tables, where the converter can tell: expenditure:total|basic|project, income, functional:<code>, san-gong:<item>',
  },
  department_key: {
    type: 'string',
    description: 'Key of the department across years: the disclosures of one department share it',
  },
  measure: { type: 'string', description: 'total, basic, project, or a functional 类 code' },
  value: { ...AMOUNT, description: `The figure for that year. ${AMOUNT.description}` },
  point_source: {
    type: 'string',
    description:
      "Where the figure comes from: disclosure (that year's own), prior-column (the next year's prior-year column) or stated-change (the next year's figure less the change its narrative states)",
  },
} satisfies Record<string, { type: FieldType; description: string }>;

export type ColumnName = keyof typeof FIELDS;
