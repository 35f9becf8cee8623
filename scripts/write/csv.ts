// CSV extracts: a public contract. UTF-8 with BOM (Excel on zh-CN Windows), comma-separated,
// header row, amounts in yuan with exactly two decimals and no separators, blank where the
// disclosure states nothing. Columns may be appended, never renamed or removed.

import { neutralize } from '../../src/domain/csv';
import type { Disclosure, Figure } from '../../src/domain/budget';
import { fenToYuanString } from '../../src/domain/money';
import { pageOfLine } from '../../src/domain/sourceText';

export const CSV_COLUMNS = {
  disclosures: [
    'disclosure_id',
    'year',
    'region',
    'department_code',
    'department',
    'source_file',
    'expenditure_total',
    'basic',
    'personnel',
    'public_use',
    'project',
    'income_total',
    'san_gong_total',
    'checks_passed',
    'checks_failed',
    'kind',
    'functional_scope',
    'identity_source',
  ],
  units: ['disclosure_id', 'year', 'department', 'unit_code', 'unit', 'total', 'basic', 'project'],
  functional: [
    'disclosure_id',
    'year',
    'department',
    'code',
    'name',
    'level',
    'parent_code',
    'total',
    'basic',
    'project',
    'source_table',
    'source_line',
    'source_page',
    'derived',
  ],
  economic: [
    'disclosure_id',
    'year',
    'department',
    'code',
    'name',
    'level',
    'parent_code',
    'total',
    'personnel',
    'public_use',
    'source_table',
    'source_line',
    'source_page',
  ],
  economic_all: [
    'disclosure_id',
    'year',
    'department',
    'code',
    'name',
    'level',
    'parent_code',
    'total',
    'source_table',
    'source_line',
    'source_page',
  ],
  projects: [
    'disclosure_id',
    'year',
    'department',
    'unit_code',
    'project_code',
    'project',
    'amount',
    'source_table',
    'source_line',
    'unit',
    'funding_source',
    'source_page',
  ],
} as const;

export type CsvName = keyof typeof CSV_COLUMNS;
type Cell = string | number | null;

const yuan = (figure: Figure | null | undefined): string => (figure ? fenToYuanString(figure.fen) : '');

const classification = (r: { code: string; name: string; level: number; parent: string | null }): Cell[] => [
  r.code,
  r.name,
  r.level,
  r.parent,
];
const source = (figure: Figure | null): Cell[] => [figure?.table ?? null, figure?.line ?? null];

/** The PDF page a line of the reconstructed text is printed on; blank for text sources. */
function pageOf(d: Disclosure, line: number | null | undefined): number | null {
  return line ? (pageOfLine(d.documents, line)?.page ?? null) : null;
}

export function csvRows(name: CsvName, disclosures: readonly Disclosure[]): Cell[][] {
  return disclosures.flatMap((d): Cell[][] => {
    const common = [d.id, d.year, d.department.name] as const;
    switch (name) {
      case 'disclosures': {
        const passed = d.checks.filter((c) => c.passed).length;
        return [
          [
            d.id,
            d.year,
            d.region,
            d.department.code,
            d.department.name,
            d.sourceFile,
            yuan(d.expenditure.total),
            yuan(d.expenditure.basic),
            yuan(d.expenditure.personnel),
            yuan(d.expenditure.publicUse),
            yuan(d.expenditure.project),
            yuan(d.income.total),
            yuan(d.sanGong?.total ?? d.sanGongNarrative?.total),
            passed,
            d.checks.length - passed,
            d.kind,
            d.functionalScope,
            d.identitySource,
          ],
        ];
      }
      case 'units':
        return d.units
          .filter((u) => !u.isDepartment)
          .map((u) => [...common, u.code, u.name, yuan(u.total), yuan(u.basic), yuan(u.project)]);
      case 'functional':
        return d.functional.map((r) => [
          ...common,
          ...classification(r),
          yuan(r.total),
          yuan(r.basic),
          yuan(r.project),
          ...source(r.total),
          pageOf(d, r.total?.line),
          r.total?.derived ? 'true' : null,
        ]);
      case 'economic':
        return d.economicBasic.map((r) => [
          ...common,
          ...classification(r),
          yuan(r.total),
          yuan(r.personnel),
          yuan(r.publicUse),
          ...source(r.total),
          pageOf(d, r.total?.line),
        ]);
      case 'economic_all':
        return d.economicAll.map((r) => [
          ...common,
          ...classification(r),
          yuan(r.total),
          ...source(r.total),
          pageOf(d, r.total?.line),
        ]);
      case 'projects':
        return d.projects.map((p) => [
          ...common,
          p.unitCode,
          p.code,
          p.name,
          yuan(p.amount),
          p.amount.table,
          p.amount.line,
          p.unitName,
          p.fundingSource,
          pageOf(d, p.amount.line),
        ]);
    }
  });
}

export function toCsv(name: CsvName, disclosures: readonly Disclosure[]): string {
  return '\ufeff' + [csvHeader(name), ...csvLines(name, disclosures)].join('\r\n') + '\r\n';
}

export function csvHeader(name: CsvName): string {
  return CSV_COLUMNS[name].join(',');
}

/** The data lines of an extract, formatted (no header). */
export function csvLines(name: CsvName, disclosures: readonly Disclosure[]): string[] {
  return csvRows(name, disclosures).map((row) => row.map(csvCell).join(','));
}

/**
 * Quotes where needed; text that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`,
 * tab, CR at the start) gets a leading apostrophe. Amounts are written as plain numbers.
 */
export function csvCell(value: Cell): string {
  if (value === null) return '';
  const text = String(neutralize(value));
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
