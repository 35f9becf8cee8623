// Identities inside one table: each row's columns (合计 = 基本支出 + 项目支出 …), each parent
// row against its children (类 = Σ 款, 款 = Σ 项), the department against its units, and the
// 合计 row against the rows under it.

import type { CheckKind } from '../../src/domain/checks';
import type { RowTable } from '../tables/parse';
import { rowRoles, type RowRole } from '../tables/roles';
import type { LabeledRow } from '../tables/rows';
import type { CheckedDocument } from './document';
import { term, type Report } from './report';

/**
 * `withRowSums` leaves out rows whose own sums another check already states (the “三公” 合计
 * row has its own checks, in the words of that table).
 */
/** Every parsed table's own identities. */
export function rowTableChecks(report: Report, { parsed }: CheckedDocument): void {
  for (const table of parsed.rowTables) tableChecks(report, table);
}

export function tableChecks(
  report: Report,
  table: Pick<RowTable, 'table' | 'schema' | 'rows'>,
  withRowSums: (row: LabeledRow) => boolean = () => true,
): void {
  const { rows, schema } = table;
  const label = table.table.label;
  const roles = rowRoles(rows);
  const name = (row: LabeledRow): string => (row.code ? `${row.code} ${row.name}` : row.name || '合计');
  const columnLabel = (key: string): string => schema.columns.find((c) => c.key === key)?.label ?? key;

  // Row identities.
  rows.filter(withRowSums).forEach((row) => {
    for (const rule of schema.sums) {
      const total = row.values[rule.total];
      const parts = rule.parts.map((key) => ({ key, figure: row.values[key] }));
      if (!total && parts.every((p) => !p.figure)) continue;
      const kind: CheckKind =
        rule.total === 'total' && rule.parts.join() === 'basic,project'
          ? 'basic-project'
          : rule.total === 'basic' && rule.parts.join() === 'personnel,public-use'
            ? 'personnel-public'
            : 'row-sum';
      report.add(
        kind,
        `${label}:${row.code ?? row.name}:${rule.total}`,
        `${label}：${name(row)} 的${columnLabel(rule.total)}等于${rule.parts.map(columnLabel).join(' + ')}`,
        term(`${name(row)} · ${columnLabel(rule.total)}`, total ?? zeroAt(row, label)),
        parts
          .filter((p) => p.figure)
          .map((p) => term(`${name(row)} · ${columnLabel(p.key)}`, p.figure ?? zeroAt(row, label))),
      );
    }
  });

  // Parent rows against their children, column by column.
  for (const { parent, children, kind, what } of families(rows, roles)) {
    for (const column of schema.columns) {
      const left = parent.values[column.key];
      const right = children.filter((child) => child.values[column.key]);
      if (!left && right.length === 0) continue;
      report.add(
        kind,
        `${label}:${parent.code ?? parent.name}:${column.key}`,
        `${label}：${name(parent)} 的${column.label}等于${what}之和`,
        term(`${name(parent)} · ${column.label}`, left ?? zeroAt(parent, label)),
        right.map((child) =>
          term(`${name(child)} · ${column.label}`, child.values[column.key] ?? zeroAt(child, label)),
        ),
      );
    }
  }
}

interface Family {
  parent: LabeledRow;
  children: LabeledRow[];
  kind: CheckKind;
  what: string;
}

/** Parent/children groups of a table, in printed order. */
function families(rows: readonly LabeledRow[], roles: readonly RowRole[]): Family[] {
  const result: Family[] = [];
  const total = rows.find((_, i) => roles[i] === 'total');
  const units = rows.filter((_, i) => roles[i] === 'unit');
  const departments = units.filter((unit) =>
    units.some(
      (other) =>
        other !== unit &&
        (other.code?.length ?? 0) > (unit.code?.length ?? 0) &&
        other.code?.startsWith(unit.code ?? '-'),
    ),
  );
  const subUnits = units.filter((unit) => !departments.includes(unit));

  if (total && departments.length)
    result.push({ parent: total, children: departments, kind: 'total-sum', what: '各部门' });
  for (const department of departments) {
    const children = subUnits.filter((unit) => unit.code?.startsWith(department.code ?? '-'));
    result.push({ parent: department, children, kind: 'units-sum', what: '所属各单位' });
  }
  if (total && !departments.length && subUnits.length) {
    result.push({ parent: total, children: subUnits, kind: 'units-sum', what: '各单位' });
  }

  // Classification rows belong to the unit row printed above them, or to the table.
  let section: LabeledRow | null = null;
  const level1 = new Map<LabeledRow | null, LabeledRow[]>();
  const childrenOf = new Map<LabeledRow, LabeledRow[]>();
  const lastByCode = new Map<string, LabeledRow>();
  rows.forEach((row, index) => {
    if (roles[index] === 'unit') {
      section = row;
      lastByCode.clear();
      return;
    }
    if (roles[index] !== 'class' || !row.code) return;
    lastByCode.set(row.code, row);
    if (row.code.length === 3) {
      level1.set(section, [...(level1.get(section) ?? []), row]);
      return;
    }
    const parent = lastByCode.get(row.code.slice(0, -2));
    if (parent) childrenOf.set(parent, [...(childrenOf.get(parent) ?? []), row]);
  });
  for (const [owner, classes] of level1) {
    const parent = owner ?? total;
    if (parent) result.push({ parent, children: classes, kind: 'total-sum', what: '各类科目' });
  }
  for (const [parent, children] of childrenOf) {
    result.push({ parent, children, kind: 'tree-sum', what: parent.code?.length === 3 ? '各款' : '各项' });
  }
  return result;
}

/** A zero standing for an empty cell, pointing at the row that leaves it empty. */
function zeroAt(row: LabeledRow, table: string): { fen: number; step: number; table: string; line: number } {
  return { fen: 0, step: 1, table, line: row.line };
}
