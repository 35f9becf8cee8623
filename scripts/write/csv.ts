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
  StatedChange,
  UnitRow,
} from '../../src/domain/budget';
import { percentOf, signedChange } from '../../src/domain/change';
import type { DepartmentYears } from '../../src/domain/years';
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
      ['prior_year', (r, d) => (priorRow(r, d) ? (d.priorYear?.year ?? null) : null)],
      ['prior_year_total', (r, d) => yuan(priorRow(r, d)?.total)],
      ['prior_year_source_line', (r, d) => priorRow(r, d)?.total.line ?? null],
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
  stated_changes: extract<StatedChange>(
    (d) => d.statedChanges,
    [
      ...common<StatedChange>(),
      ['subject', (c) => c.subject],
      ['current', (c) => yuan(c.current)],
      ['direction', (c) => c.direction],
      ['change', (c) => (c.amount ? fenToYuanString(signedChange(c)) : '')],
      ['change_percent', (c) => percentCell(c)],
      ['baseline', (c) => c.baseline],
      ['baseline_year', (c) => c.baselineYear],
      ['refers_to', (c) => refersTo(c)],
      ['source_line', (c) => c.line],
      ['source_page', (c, d) => pageOf(d, c.line)],
    ],
  ),
};

/** This year's row in the prior-year column, where it covers the same funds as the row. */
function priorRow(r: FunctionalRow, d: Disclosure) {
  const functional = d.priorYear?.functional;
  return functional?.scope === d.functionalScope ? functional.rows.find((p) => p.code === r.code) : undefined;
}

function percentCell(c: StatedChange): string {
  const rate = percentOf(c);
  if (rate === null || !c.percent) return '';
  return ((c.direction === 'down' ? -1 : 1) * rate * 100).toFixed(c.percent.decimals);
}

function refersTo(c: StatedChange): string | null {
  const r = c.refers;
  if (!r) return null;
  if (r.kind === 'expenditure') return `expenditure:${r.measure}`;
  if (r.kind === 'functional') return `functional:${r.code}`;
  if (r.kind === 'san-gong') return `san-gong:${r.item}`;
  return 'income';
}

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

/** The series of every department across years (years/<key>.json), one row per point. */
const SERIES_COLUMNS: readonly (readonly [
  ColumnName,
  (p: DepartmentYears['series'][number], y: DepartmentYears) => Cell,
])[] = [
  ['department_key', (_, y) => y.key],
  ['department', (_, y) => y.name],
  ['region', (_, y) => y.region],
  ['year', (p) => p.year],
  ['measure', (p) => p.measure],
  ['name', (p) => p.name],
  ['value', (p) => yuan(p.figure)],
  ['point_source', (p) => p.source],
  ['disclosure_id', (p) => p.disclosure],
  ['source_table', (p) => p.figure.table],
  ['source_line', (p) => p.figure.line],
  ['functional_scope', (p) => p.scope],
];

export const SERIES_CSV = 'series';

export function seriesColumns(): ColumnName[] {
  return SERIES_COLUMNS.map(([name]) => name);
}

/** series.csv: the header and one line per point of every department. */
export function seriesCsv(departments: readonly DepartmentYears[]): string {
  const lines = departments.flatMap((y) =>
    y.series.map((p) => SERIES_COLUMNS.map(([, value]) => csvCell(value(p, y))).join(',')),
  );
  return '\ufeff' + [seriesColumns().join(','), ...lines].join('\r\n') + '\r\n';
}
