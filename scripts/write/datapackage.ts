// The full download: a Frictionless Data Package describing every CSV extract and column, and a
// short README on units, sources and caveats. Written next to the CSV files.

import { CSV_NAMES, csvColumns, SERIES_CSV, seriesColumns } from './csv';
import { FIELDS } from './fields';

const TITLES: Record<(typeof CSV_NAMES)[number], string> = {
  disclosures: 'One row per disclosure: totals and check counts',
  units: 'Sub-units of each department with their totals',
  functional: 'Functional classification (all funds), every 类/款/项, with basic/project split',
  economic: 'Economic classification of 一般公共预算 basic expenditure',
  economic_all: 'Economic classification of all funds, where a disclosure prints it',
  projects: 'Projects with code, unit, amount and funding source',
  stated_changes:
    'Changes from the previous year the narratives state (amount, percentage, baseline), with what they refer to',
};
const SERIES_TITLE =
  'Each department across years: total, basic, project and each 类 per year, from its own disclosure or a later one';

export function dataPackage(version: string): string {
  const extracts = [
    ...CSV_NAMES.map((name) => ({ name, title: TITLES[name], columns: csvColumns(name) })),
    { name: SERIES_CSV, title: SERIES_TITLE, columns: seriesColumns() },
  ];
  const resources = extracts.map(({ name, title, columns }) => ({
    name,
    path: `${name}.csv`,
    title,
    profile: 'tabular-data-resource',
    format: 'csv',
    mediatype: 'text/csv',
    encoding: 'utf-8-sig',
    dialect: { delimiter: ',', lineTerminator: '\r\n', header: true, doubleQuote: true },
    schema: {
      fields: columns.map((column) => ({ name: column, ...FIELDS[column] })),
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
    ...CSV_NAMES.map((name) => `- \`${name}.csv\`: ${TITLES[name]}.`),
    `- \`${SERIES_CSV}.csv\`: ${SERIES_TITLE}.`,
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
