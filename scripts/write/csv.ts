// CSV extracts: a public contract. UTF-8 with BOM (Excel on zh-CN Windows), comma-separated,
// header row, amounts in yuan with exactly two decimals and no separators, blank where the
// disclosure states nothing. Columns may be appended, never renamed or removed. Each extract's
// columns are declared once below, as name → value; fields.ts gives each name its type and meaning.

import { neutralize } from '../../src/domain/csv';
import type {
  Disclosure,
  EconomicRow,
  Figure,
  FunctionalRow,
  Project,
  UnitRow,
} from '../../src/domain/budget';
import { fenToYuanString } from '../../src/domain/money';
import { pageOfLine } from '../../src/domain/sourceText';
import type { ColumnName } from './fields';

type Cell = string | number | null;

/** A column of an extract: its name (declared with its type and meaning in fields.ts) and its value. */
type Column<T> = readonly [ColumnName, (item: T, d: Disclosure) => Cell];

/** An extract: which items of a disclosure are its rows, and its columns in order. */
interface Extract<T> {
  rows: (d: Disclosure) => readonly T[];
  columns: readonly Column<T>[];
}

const extract = <T>(rows: (d: Disclosure) => readonly T[], columns: readonly Column<T>[]): Extract<T> => ({
  rows,
  columns,
});

const yuan = (figure: Figure | null | undefined): string => (figure ? fenToYuanString(figure.fen) : '');

/** The PDF page a line of the reconstructed text is printed on; blank for text sources. */
function pageOf(d: Disclosure, line: number | null | undefined): number | null {
  return line ? (pageOfLine(d.documents, line)?.page ?? null) : null;
}

type Classified = { code: string; name: string; level: number; parent: string | null; total: Figure | null };

/** The columns every per-item extract starts with. */
const common = <T>(): Column<T>[] => [
  ['disclosure_id', (_, d) => d.id],
  ['year', (_, d) => d.year],
  ['department', (_, d) => d.department.name],
];
const classification = <T extends Classified>(): Column<T>[] => [
  ['code', (r) => r.code],
  ['name', (r) => r.name],
  ['level', (r) => r.level],
  ['parent_code', (r) => r.parent],
];
const totalSource = <T extends Classified>(): Column<T>[] => [
  ['source_table', (r) => r.total?.table ?? null],
  ['source_line', (r) => r.total?.line ?? null],
  ['source_page', (r, d) => pageOf(d, r.total?.line)],
];

const passedChecks = (d: Disclosure) => d.checks.filter((c) => c.passed).length;

const EXTRACTS = {
  disclosures: extract<Disclosure>(
    (d) => [d],
    [
      ['disclosure_id', (d) => d.id],
      ['year', (d) => d.year],
      ['region', (d) => d.region],
      ['department_code', (d) => d.department.code],
      ['department', (d) => d.department.name],
      ['source_file', (d) => d.sourceFile],
      ['expenditure_total', (d) => yuan(d.expenditure.total)],
      ['basic', (d) => yuan(d.expenditure.basic)],
      ['personnel', (d) => yuan(d.expenditure.personnel)],
      ['public_use', (d) => yuan(d.expenditure.publicUse)],
      ['project', (d) => yuan(d.expenditure.project)],
      ['income_total', (d) => yuan(d.income.total)],
      ['san_gong_total', (d) => yuan(d.sanGong?.total ?? d.sanGongNarrative?.total)],
      ['checks_passed', (d) => passedChecks(d)],
      ['checks_failed', (d) => d.checks.length - passedChecks(d)],
      ['kind', (d) => d.kind],
      ['functional_scope', (d) => d.functionalScope],
      ['identity_source', (d) => d.identitySource],
      ['checks_rounding_tails', (d) => d.checks.filter((c) => !c.passed && c.roundingTail).length],
    ],
  ),
  units: extract<UnitRow>(
    (d) => d.units.filter((u) => !u.isDepartment),
    [
      ...common<UnitRow>(),
      ['unit_code', (u) => u.code],
      ['unit', (u) => u.name],
      ['total', (u) => yuan(u.total)],
      ['basic', (u) => yuan(u.basic)],
      ['project', (u) => yuan(u.project)],
    ],
  ),
  functional: extract<FunctionalRow>(
    (d) => d.functional,
    [
      ...common<FunctionalRow>(),
      ...classification<FunctionalRow>(),
      ['total', (r) => yuan(r.total)],
      ['basic', (r) => yuan(r.basic)],
      ['project', (r) => yuan(r.project)],
      ...totalSource<FunctionalRow>(),
      ['derived', (r) => (r.total?.derived ? 'true' : null)],
    ],
  ),
  economic: extract<EconomicRow>(
    (d) => d.economicBasic,
    [
      ...common<EconomicRow>(),
      ...classification<EconomicRow>(),
      ['total', (r) => yuan(r.total)],
      ['personnel', (r) => yuan(r.personnel)],
      ['public_use', (r) => yuan(r.publicUse)],
      ...totalSource<EconomicRow>(),
    ],
  ),
  economic_all: extract<EconomicRow>(
    (d) => d.economicAll,
    [
      ...common<EconomicRow>(),
      ...classification<EconomicRow>(),
      ['total', (r) => yuan(r.total)],
      ...totalSource<EconomicRow>(),
    ],
  ),
  projects: extract<Project>(
    (d) => d.projects,
    [
      ...common<Project>(),
      ['unit_code', (p) => p.unitCode],
      ['project_code', (p) => p.code],
      ['project', (p) => p.name],
      ['amount', (p) => yuan(p.amount)],
      ['source_table', (p) => p.amount.table],
      ['source_line', (p) => p.amount.line],
      ['unit', (p) => p.unitName],
      ['funding_source', (p) => p.fundingSource],
      ['source_page', (p, d) => pageOf(d, p.amount.line)],
    ],
  ),
};

export type CsvName = keyof typeof EXTRACTS;
export const CSV_NAMES = Object.keys(EXTRACTS) as CsvName[];

/** The column names of an extract, in order. */
export function csvColumns(name: CsvName): ColumnName[] {
  return EXTRACTS[name].columns.map(([column]) => column);
}

export function csvRows(name: CsvName, disclosures: readonly Disclosure[]): Cell[][] {
  // One extract at a time; its item type is known inside, not across the union.
  const { rows, columns } = EXTRACTS[name] as Extract<unknown>;
  return disclosures.flatMap((d) => rows(d).map((item) => columns.map(([, value]) => value(item, d))));
}

export function toCsv(name: CsvName, disclosures: readonly Disclosure[]): string {
  return '\ufeff' + [csvHeader(name), ...csvLines(name, disclosures)].join('\r\n') + '\r\n';
}

export function csvHeader(name: CsvName): string {
  return csvColumns(name).join(',');
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
