// The full download: a Frictionless Data Package describing every CSV extract and column, and a
// short README on units, sources and caveats. Written next to the CSV files.

import { CSV_COLUMNS, type CsvName } from './csv';

type FieldType = 'string' | 'integer' | 'number';

const AMOUNT = {
  type: 'number',
  description: '元 (yuan), exactly two decimals; blank where the disclosure states nothing',
} as const;

/** Type and meaning of every column of every extract. */
const FIELDS: Record<string, { type: FieldType; description: string }> = {
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
};

const TITLES: Record<CsvName, string> = {
  disclosures: 'One row per disclosure: totals and check counts',
  units: 'Sub-units of each department with their totals',
  functional: 'Functional classification (all funds), every 类/款/项, with basic/project split',
  economic: 'Economic classification of 一般公共预算 basic expenditure',
  economic_all: 'Economic classification of all funds, where a disclosure prints it',
  projects: 'Projects with code, unit, amount and funding source',
};

export function dataPackage(version: string): string {
  const resources = (Object.keys(CSV_COLUMNS) as CsvName[]).map((name) => ({
    name,
    path: `${name}.csv`,
    title: TITLES[name],
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8-sig',
    dialect: { delimiter: ',', lineTerminator: '\r\n', header: true, doubleQuote: true },
    schema: {
      fields: CSV_COLUMNS[name].map((column) => ({ name: column, ...FIELDS[column] })),
      missingValues: [''],
    },
  }));
  return (
    JSON.stringify(
      {
        profile: 'tabular-data-package',
        name: 'budget-disclosures',
        title: '部门预算公开 · Department budget disclosures',
        description:
          'Figures read exactly (to the fen) from Chinese department budget disclosures, with the table and line each was printed on. See README.md.',
        version,
        resources,
      },
      null,
      2,
    ) + '\n'
  );
}

/** `disclosures`: `department year` of each one in the extracts. */
export function downloadReadme(disclosures: readonly string[], version: string): string {
  const list = disclosures.length <= 20 ? `: ${disclosures.join('; ')}` : ' (listed in `disclosures.csv`)';
  return [
    '# 部门预算公开数据 · Department budget disclosures',
    '',
    `Data version ${version}. ${disclosures.length} disclosures${list}.`,
    '',
    '## Files',
    '',
    ...(Object.keys(CSV_COLUMNS) as CsvName[]).map((name) => `- \`${name}.csv\`: ${TITLES[name]}.`),
    '- `datapackage.json`: a Frictionless Data Package describing every file and column.',
    '',
    '## Units',
    '',
    'Every amount is in 元 (yuan) with exactly two decimals, converted exactly from the unit each',
    'table states (元 or 万元). A figure printed in 万元 with two decimals is only known to 100 元: the',
    'extracts do not invent precision the disclosure does not have, and `0.00` in a 万元 table means',
    '"less than 50 元". A blank cell means the disclosure prints nothing there.',
    '',
    '## Sources',
    '',
    'Each row of `functional.csv`, `economic.csv` and `projects.csv` names the table and the line of',
    'the source text its figure was read from (`source_table`, `source_line`).',
    '',
    '## Caveats',
    '',
    '- Disclosures contradict themselves in places. Nothing is corrected: `validation.json` lists, for',
    '  every disclosure, the accounting identities that do not hold, with both values and their lines',
    '  (`checks_failed` counts them), and every diagnostic; `checks/<id>.json` lists every identity checked.',
    '- Budgets of different years (2024, 2025) are not comparable without care.',
    '- Codes are text: keep their leading zeros (`032`).',
    '- Text cells that a spreadsheet would run as a formula start with an apostrophe.',
    '',
  ].join('\n');
}
