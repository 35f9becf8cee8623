// Raw tables → parsed tables, each by the parser of its kind. Tables that give hints to others
// are parsed first: the 一般公共预算 tables tell how to read the all-funds table of a PDF, and
// the economic table's 公务接待费 tells how to read a PDF “三公” row.

import type { Figure, TableKind } from '../../src/domain/budget';
import type { Issue } from '../../src/domain/issues';
import type { MoneyUnit } from '../../src/domain/money';
import { sanGongItem } from '../../src/domain/sanGong';
import { toGrid } from './grid';
import { rowRoles } from './roles';
import { parsePerformance, type PerformanceProject } from './performance';
import type { Assignment, Hint, Schema } from './placement';
import { parseProjects, type ProjectsTable } from './projects';
import { positionedSchema } from './columns';
import type { PositionedGrid } from './positioned';
import { parseRows, type LabeledRow, type ParseContext } from './rows';
import { parseSanGong, type SanGongTable } from './sanGong';
import {
  basicEconomicSchema,
  expenditureSchema,
  fundSourceSchema,
  gpbSchema,
  incomeSchema,
  withPriorColumn,
} from './schemas';
import type { RawTable } from './segment';
import { parseSummary, type SummaryTable } from './summary';
import { readListTable, type ListTable } from './totals';

/** Tables whose rows are classification codes (or units) with a fixed set of columns. */
export const ROW_TABLE_KINDS = [
  'expenditure',
  'functional',
  'economic',
  'gpb-functional',
  'gpb-units',
  'gpb-economic',
  'fiscal-functional',
  'basic-economic',
  'basic-functional',
  'income',
] as const satisfies readonly TableKind[];
export type RowTableKind = (typeof ROW_TABLE_KINDS)[number];

export interface RowTable {
  table: RawTable;
  kind: RowTableKind;
  schema: Schema;
  rows: LabeledRow[];
}

export interface ParsedDocument {
  rowTables: RowTable[];
  summary: { table: RawTable; value: SummaryTable } | null;
  /** 财政拨款收支总表: the same two-sided shape, for 财政拨款 funds only. */
  fiscalSummary: { table: RawTable; value: SummaryTable } | null;
  sanGong: { table: RawTable; value: SanGongTable }[];
  projects: { table: RawTable; value: ProjectsTable } | null;
  performance: { table: RawTable; projects: PerformanceProject[] }[];
  procurement: Figure | null;
  purchaseServices: Figure | null;
  /** 政府采购预算表 and 政府购买服务预算表, row by row where they are plain lists. */
  lists: { table: RawTable; value: ListTable }[];
}

const SCHEMA_BY_KIND: Record<RowTableKind, (header: string) => Schema> = {
  expenditure: expenditureSchema,
  functional: fundSourceSchema,
  economic: fundSourceSchema,
  'gpb-functional': gpbSchema,
  'gpb-units': gpbSchema,
  'gpb-economic': gpbSchema,
  'fiscal-functional': gpbSchema,
  'basic-economic': () => basicEconomicSchema(),
  'basic-functional': () => basicEconomicSchema(),
  income: incomeSchema,
};

/** Parse order: hint-giving tables first. */
const ORDER: readonly TableKind[] = [
  'basic-economic',
  'gpb-functional',
  'gpb-units',
  'basic-functional',
  'fiscal-functional',
  'gpb-economic',
  'functional',
  'economic',
  'expenditure',
  'income',
  'summary',
  'fiscal-summary',
  'san-gong',
  'projects',
  'project-performance',
  'procurement',
  'purchase-services',
];

export function parseDocument(file: string, tables: readonly RawTable[], issues: Issue[]): ParsedDocument {
  const documentUnit = dominantUnit(tables);
  const documentYear = dominantYear(tables);
  const parsed: ParsedDocument = {
    rowTables: [],
    summary: null,
    fiscalSummary: null,
    sanGong: [],
    projects: null,
    performance: [],
    procurement: null,
    purchaseServices: null,
    lists: [],
  };
  const sorted = [...tables].sort((a, b) => ORDER.indexOf(a.kind) - ORDER.indexOf(b.kind));
  for (const table of sorted) {
    if (!ORDER.includes(table.kind)) continue;
    const context: ParseContext = { file, table: table.label, unit: table.unit ?? documentUnit, issues };
    if (!table.unit && hasFigures(table)) {
      issues.push({
        severity: 'warning',
        code: 'unit-missing',
        file,
        line: table.blankUnitLine ?? table.line,
        table: table.label,
        message: `the table states no money unit; read its amounts in ${documentUnit}, the unit of the other tables`,
      });
    }
    switch (table.kind) {
      case 'summary':
        parsed.summary ??= { table, value: parseSummary(table, context) };
        break;
      case 'fiscal-summary':
        parsed.fiscalSummary ??= { table, value: parseSummary(table, context) };
        break;
      case 'san-gong':
        parsed.sanGong.push({ table, value: parseSanGong(table, context, table.year, sanGongHint(parsed)) });
        break;
      case 'projects':
        parsed.projects ??= {
          table,
          value: parseProjects(table, context, unitNames(parsed), fundingHint(parsed)),
        };
        break;
      case 'project-performance':
        parsed.performance.push({ table, projects: parsePerformance(table, context) });
        break;
      case 'procurement':
      case 'purchase-services': {
        const list = readListTable(table, context, table.kind === 'procurement' ? 'first' : 'last');
        parsed.lists.push({ table, value: list });
        if (table.kind === 'procurement') parsed.procurement ??= list.total;
        else parsed.purchaseServices ??= list.total;
        break;
      }
      default: {
        const kind = table.kind as RowTableKind;
        const grid = toGrid(table);
        const schema =
          'columns' in grid
            ? positionedSchema((grid as PositionedGrid).columns, table.year ?? documentYear)
            : withPriorColumn(
                SCHEMA_BY_KIND[kind](grid.headerText),
                grid.headerText,
                table.year ?? documentYear,
              );
        const hint = kind === 'expenditure' ? splitHint(parsed) : undefined;
        const parsedRows = parseRows(grid, schema, context, hint);
        const rows =
          grid.crossClassified || (grid.positioned && repeatsPerUnit(parsedRows))
            ? mergeParts(parsedRows)
            : parsedRows;
        // In a basic-expenditure table the total is 基本支出 itself.
        const basicTable = kind === 'basic-economic' || kind === 'basic-functional';
        parsed.rowTables.push({
          table,
          kind,
          ...(basicTable ? { schema, rows } : withDerivedBasic(schema, rows)),
        });
      }
    }
  }
  return parsed;
}

/**
 * A table that splits 基本支出 into 人员经费 and 公用经费 without printing it (湖州's 支出预算总表:
 * 总计 · 人员支出 · 公用经费 · 项目支出): 基本支出 is their sum, marked derived.
 */
function withDerivedBasic(schema: Schema, rows: LabeledRow[]): { schema: Schema; rows: LabeledRow[] } {
  const keys = new Set(schema.columns.map((c) => c.key));
  if (keys.has('basic') || !keys.has('personnel') || !keys.has('public-use')) return { schema, rows };
  const derived: Schema = {
    ...schema,
    columns: [...schema.columns, { key: 'basic', label: '基本支出（人员经费与公用经费之和）' }],
  };
  return {
    schema: derived,
    rows: rows.map((row) => {
      const parts = [row.values.personnel, row.values['public-use']].filter((f): f is Figure => Boolean(f));
      if (parts.length === 0) return row;
      const basic: Figure = {
        fen: parts.reduce((sum, f) => sum + f.fen, 0),
        step: Math.max(...parts.map((f) => f.step)),
        table: parts[0].table,
        line: parts[0].line,
        derived: true,
      };
      return { ...row, values: { ...row.values, basic } };
    }),
  };
}

/**
 * 北京's 一般公共预算支出表 lists the 项 of each sub-unit one after the other without naming the
 * units (`2050803 培训支出 99.81 … 2050803 培训支出 2.00 …`, then one 合计): codes that come back
 * with other figures, under no unit row, are parts of one 项. A page printed twice repeats the
 * same figures and is reported instead (structure.ts).
 */
function repeatsPerUnit(rows: readonly LabeledRow[]): boolean {
  const roles = rowRoles(rows);
  if (roles.some((role) => role === 'unit')) return false;
  const seen = new Map<string, string>();
  let differing = 0;
  for (const row of rows) {
    if (!row.code) continue;
    const figures = JSON.stringify(Object.values(row.values).map((f) => f?.fen ?? null));
    const before = seen.get(row.code);
    if (before !== undefined && before !== figures) differing++;
    seen.set(row.code, figures);
  }
  return differing >= 2;
}

/**
 * A cross-classified table prints one 项 in several rows (one per economic class): the rows of
 * one code are added up into one, its figures marked derived. Rows without a code (合计) stay.
 */
export function mergeParts(rows: readonly LabeledRow[]): LabeledRow[] {
  const merged: LabeledRow[] = [];
  const byCode = new Map<string, LabeledRow>();
  for (const row of rows) {
    const existing = row.code ? byCode.get(row.code) : undefined;
    if (!existing) {
      const copy = { ...row, values: { ...row.values } };
      merged.push(copy);
      if (row.code) byCode.set(row.code, copy);
      continue;
    }
    for (const [key, figure] of Object.entries(row.values)) {
      if (!figure) continue;
      const sum = existing.values[key];
      existing.values[key] = sum
        ? {
            fen: sum.fen + figure.fen,
            step: Math.max(sum.step, figure.step),
            table: sum.table,
            line: sum.line,
            derived: true,
          }
        : { ...figure, derived: true };
    }
  }
  return merged;
}

/**
 * Reading a PDF project row whose empty funding cells vanished (`… 12.00 12.00`): the money
 * comes from a source the department has income from. The 收支总表 lists the income by source.
 */
function fundingHint(parsed: ParsedDocument): Hint | undefined {
  const income = parsed.summary?.value.income ?? [];
  const has = (...sources: string[]): boolean =>
    income.some((line) => sources.includes(line.source) && (line.amount?.fen ?? 0) > 0);
  if (!income.some((line) => (line.amount?.fen ?? 0) > 0)) return undefined;
  const funded: Record<string, boolean> = {
    gpb: has('gpb'),
    'gov-fund': has('gov-fund'),
    'state-capital': has('state-capital'),
    'special-account': has('special-account'),
    'unit-funds': has('unit-funds', 'business', 'operating', 'superior', 'subordinate', 'other'),
  };
  // The 合计 row's 一般公共预算 column is the 一般公共预算 table's project spending.
  const totalOf = (kind: RowTableKind): Figure | null =>
    parsed.rowTables.find((t) => t.kind === kind)?.rows.find((r) => r.code === null)?.values.project ?? null;
  const allProjects = totalOf('expenditure')?.fen;
  const gpbProjects = totalOf('gpb-functional')?.fen ?? 0;
  return (assignment, schema) => {
    const total = assignment[schema.columns.findIndex((c) => c.key === 'total')]?.fen;
    return schema.columns.reduce((misses, column, index) => {
      const source = column.key.split('.').pop() ?? '';
      const fen = assignment[index]?.fen ?? 0;
      const unfunded = source in funded && !funded[source] && fen > 0;
      const wrongGpb =
        column.key === 'gpb' && allProjects !== undefined && total === allProjects && fen !== gpbProjects;
      return misses + (unfunded || wrongGpb ? 1 : 0);
    }, 0);
  };
}

/** Names of the units (department and sub-units) the tables parsed so far print. */
function unitNames(parsed: ParsedDocument): string[] {
  return parsed.rowTables.flatMap((table) => {
    const roles = rowRoles(table.rows);
    return table.rows.filter((_, i) => roles[i] === 'unit' && table.rows[i].name).map((row) => row.name);
  });
}

/** The unit most tables state; tables that state none are read in it. */
function dominantUnit(tables: readonly RawTable[]): MoneyUnit {
  const counts = new Map<MoneyUnit, number>();
  for (const table of tables) if (table.unit) counts.set(table.unit, (counts.get(table.unit) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? '元';
}

/** The year most tables print in their titles or year lines. */
function dominantYear(tables: readonly RawTable[]): number | null {
  const counts = new Map<number, number>();
  for (const table of tables) if (table.year) counts.set(table.year, (counts.get(table.year) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0] ?? null;
}

function hasFigures(table: RawTable): boolean {
  return table.items.some((item) =>
    (item.kind === 'row' ? item.cells : [item.text]).some((text) => /\d[\d,]*\.\d/.test(text)),
  );
}

/**
 * Reading an all-funds table whose empty cells vanished: when the 一般公共预算 table splits the
 * same code into 基本支出 and 项目支出, prefer the reading that agrees with it.
 */
function splitHint(
  parsed: ParsedDocument,
): ((label: { code: string | null; name: string }) => Hint | undefined) | undefined {
  const gpb = parsed.rowTables.find((t) => t.kind === 'gpb-functional');
  if (!gpb) return undefined;
  return (label) => {
    const reference = gpb.rows.find((row) =>
      label.code
        ? row.code === label.code
        : row.code === null && /^(合计|总计)?$/.test(row.name) && /^(合计|总计)?$/.test(label.name),
    );
    if (!reference?.values.total) return undefined;
    return (assignment: Assignment, schema: Schema): number => {
      let misses = 0;
      for (const key of ['basic', 'project']) {
        const index = schema.columns.findIndex((c) => c.key === key);
        const expected = reference.values[key]?.fen ?? 0;
        const actual = index >= 0 ? (assignment[index]?.fen ?? 0) : 0;
        if (Math.abs(expected - actual) > (reference.values.total?.step ?? 0) / 2) misses++;
      }
      return misses;
    };
  };
}

/**
 * Reading a “三公” row whose empty cells vanished: spending on 公务接待费 (30217) and
 * 公务用车运行维护费 (30231) in the basic-expenditure table must be covered by the matching
 * “三公” item.
 */
function sanGongHint(parsed: ParsedDocument): Hint | undefined {
  const economic = parsed.rowTables.find((t) => t.kind === 'basic-economic');
  if (!economic) return undefined;
  const spent = (code: string): number =>
    economic.rows.find((row) => row.code === code)?.values.total?.fen ?? 0;
  const reception = spent(sanGongItem('reception').economic ?? '');
  const vehicle = spent(sanGongItem('vehicleOperation').economic ?? '');
  if (reception === 0 && vehicle === 0) return undefined;
  return (assignment, schema) => {
    const value = (key: string): number =>
      assignment[schema.columns.findIndex((c) => c.key === key)]?.fen ?? 0;
    return (value('reception') < reception ? 1 : 0) + (value('vehicle-operation') < vehicle ? 1 : 0);
  };
}
