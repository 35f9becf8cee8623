// 项目支出表: one row per project, grouped under unit rows (and 项目类别 rows such as
// `31 本级支出项目`). The label columns differ by province, so they are read by their header:
//
//     序号⇥项目单位⇥项目名称⇥项目类别⇥合计⇥…        (Dalian: unit, name, category)
//     项目编码⇥项目名称⇥项目单位⇥合计⇥…              (Wuhan: code, name, unit)
//     42010425 / 135T0000 / 00100 / 信息化项目维护及运行 / 武汉市硚口 / 区大数据中 / 心 / 10.58 10.58   (PDF)

import type { Figure } from '../../src/domain/budget';
import { toGrid } from './grid';
import { cleanName } from './names';
import { functionalCodeOf, parseRows, splitLabel, type ParseContext } from './rows';
import type { Hint, Schema } from './placement';
import { positionedSchema } from './columns';
import type { PositionedGrid } from './positioned';
import { fundingLabel, projectsSchema } from './schemas';
import type { RawTable } from './segment';

export interface ProjectRow {
  code: string | null;
  name: string;
  unitCode: string | null;
  unitName: string | null;
  category: string | null;
  amount: Figure;
  fundingSource: string | null;
  /** The 功能科目 the row prints in a cell of its own (`2010301-行政运行`), where the table has one. */
  functionalCode: string | null;
  line: number;
}

export interface ProjectsTable {
  total: Figure | null;
  projects: ProjectRow[];
  /** Per-unit subtotals printed in the table, by unit code. */
  unitTotals: { code: string; name: string; figure: Figure }[];
  /** The value columns (合计, then one per funding source) and every row's figures in them. */
  schema: Schema;
  rows: {
    kind: 'total' | 'unit' | 'category' | 'project';
    name: string;
    line: number;
    values: Record<string, Figure | null>;
  }[];
}

const PROJECT_CODE = /^([0-9A-Z]{6,}(?:\s+[0-9A-Z]+)*)\s*[-－]?\s*/;

/** `unitNames`: units the other tables name, so that a PDF row can tell a project's name from its unit's. */
export function parseProjects(
  table: RawTable,
  context: ParseContext,
  unitNames: readonly string[] = [],
  hint?: Hint,
): ProjectsTable {
  const grid = toGrid(table, { labelColumns: true });
  const positioned = 'columns' in grid ? (grid as PositionedGrid) : null;
  const schema = positioned
    ? positionedSchema(positioned.columns, table.year)
    : projectsSchema(grid.headerText);
  const mixed =
    positioned?.labelHeaders?.length === 1 &&
    /项目/.test(positioned.labelHeaders[0]) &&
    /单位/.test(positioned.labelHeaders[0]);
  const roles: Role[] = mixed
    ? ['name']
    : positioned?.labelHeaders?.length
      ? labelRoles([positioned.labelHeaders], positioned.labelHeaders.length, false)
      : labelRoles(grid.header, grid.labelCount, grid.compact);
  const knownUnitNames: string[] = [...unitNames];
  // Parse against the schema with the label columns joined; the roles split them afterwards.
  const labelled = grid.rows.map((row) => ({ ...row, labels: [row.labels.join('\u0001')] }));
  const isProject = (index: number): boolean =>
    index >= 0 && readLabel(grid.rows[index].labels, roles, grid.compact, knownUnitNames).type === 'project';
  const rows = parseRows({ ...grid, rows: labelled }, schema, context, hint && (() => hint), isProject);
  // One label column for units and their projects (`支出项目类别（资金使用单位）`): a unit is a row
  // named as a unit in another table, or one whose amount the rows after it add up to.
  const unitRows = mixed
    ? subtotalRows(
        rows,
        grid.rows.map((row) => row.labels),
        knownUnitNames,
      )
    : new Set<number>();
  const result: ProjectsTable = { total: null, projects: [], unitTotals: [], schema, rows: [] };
  let unit: { code: string | null; name: string } | null = null;
  rows.forEach((row, index) => {
    const cells = grid.rows[index].labels;
    const amount = row.values.total ?? null;
    const label: Label = unitRows.has(index)
      ? { type: 'unit', ...splitLabel(cells.join(' ')) }
      : readLabel(cells, roles, grid.compact, knownUnitNames);
    const name =
      label.type === 'total' ? '合计' : label.type === 'category' ? cleanName(cells.join(' ')) : label.name;
    result.rows.push({ kind: label.type, name, line: row.line, values: row.values });
    if (label.type === 'total') {
      result.total ??= amount;
      return;
    }
    if (label.type === 'unit') {
      unit = { code: label.code, name: label.name };
      if (label.name) knownUnitNames.push(label.name);
      if (label.code && amount)
        result.unitTotals.push({ code: label.code, name: label.name, figure: amount });
      return;
    }
    if (label.type === 'category' || !amount) return;
    const unitName = label.unitName ?? unit?.name ?? null;
    const unitCode = label.unitCode ?? unit?.code ?? null;
    const sources = schema.columns
      .filter((c) => c.key !== 'total' && row.values[c.key] && row.values[c.key]?.fen !== 0)
      .map((c) => fundingLabel(schema, c.key));
    result.projects.push({
      code: label.code,
      name: label.name,
      unitCode,
      unitName,
      category: label.category,
      amount,
      fundingSource: sources.length ? sources.join('、') : null,
      // A 功能科目 column: a label cell other than the name that names a functional item.
      functionalCode:
        cells.map((cell) => (cell.includes(label.name) ? null : functionalCodeOf(cell))).find(Boolean) ??
        null,
      line: row.line,
    });
  });
  return result;
}

/**
 * Rows of a mixed unit/project column that are units: named as units elsewhere, or printing the
 * sum of the rows up to the next such row (checked on the total column).
 */
function subtotalRows(
  rows: readonly { values: Record<string, Figure | null>; name?: string }[],
  labels: readonly string[][],
  units: readonly string[],
): Set<number> {
  const known = new Set(units.map((u) => u.replace(/\s/g, '')));
  const found = new Set<number>();
  const fen = (i: number): number | null => rows[i].values.total?.fen ?? null;
  const isTotal = (i: number): boolean => /^(合计|总计)?$/.test(labels[i].join('').replace(/\s/g, ''));
  for (let i = 0; i < rows.length; i++) {
    if (isTotal(i)) continue;
    if (known.has(labels[i].join('').replace(/\s/g, ''))) {
      found.add(i);
      continue;
    }
    const own = fen(i);
    if (own === null || own === 0 || i + 1 >= rows.length || fen(i + 1) === own) continue;
    // Each part printed rounded may be off by half its last digit.
    const half = (rows[i].values.total?.step ?? 1) / 2;
    let sum = 0;
    let parts = 0;
    for (let j = i + 1; j < rows.length && !isTotal(j) && sum < own - parts * half; j++) {
      sum += fen(j) ?? 0;
      parts++;
    }
    if (parts >= 1 && Math.abs(sum - own) <= parts * half) found.add(i);
  }
  return found;
}

type Role = 'code' | 'name' | 'unit' | 'category';

function labelRoles(header: readonly string[][], labelCount: number, compact: boolean): Role[] {
  if (compact) return ['code'];
  const roles: Role[] = [];
  for (let i = 0; i < labelCount; i++) {
    const words = header.map((cells) => cells[i] ?? '').join('');
    roles.push(
      /编码|代码/.test(words)
        ? 'code'
        : /单位/.test(words)
          ? 'unit'
          : /类别/.test(words)
            ? 'category'
            : 'name',
    );
  }
  return roles;
}

type Label =
  | { type: 'total' }
  | { type: 'unit'; code: string | null; name: string }
  | { type: 'category' }
  | {
      type: 'project';
      code: string | null;
      name: string;
      unitCode: string | null;
      unitName: string | null;
      category: string | null;
    };

function readLabel(
  cells: readonly string[],
  roles: readonly Role[],
  compact: boolean,
  units: readonly string[],
): Label {
  const joined = cells.join(' ').trim();
  if (joined === '' || /^(合计|总计)$/.test(joined.replace(/\s/g, ''))) return { type: 'total' };
  if (compact) return readCompactLabel(joined, units);
  const byRole = (role: Role): string => cells[roles.indexOf(role)] ?? '';
  const name = byRole('name');
  const code = byRole('code');
  const unitCell = byRole('unit');
  // A unit or category row fills only the code and name columns, or only the unit column.
  if (!name || (roles.includes('code') && /^\d{2,6}$/.test(code))) {
    const split = splitLabel([code, name, unitCell].filter(Boolean).join(' '));
    if (split.code && split.code.length <= 2) return { type: 'category' };
    return { type: 'unit', code: split.code, name: split.name };
  }
  const unit = splitLabel(unitCell);
  return {
    type: 'project',
    code: code || null,
    name: cleanName(name),
    unitCode: unit.code && unit.code.length >= 3 ? unit.code : null,
    unitName: unit.name || null,
    category: byRole('category') || null,
  };
}

/** PDF: `42010425 135T0000 00100信息化项目维护及运行武汉市硚口区大数据中心`. */
function readCompactLabel(label: string, units: readonly string[]): Label {
  const split = splitLabel(label);
  if (split.code && split.code.length <= 2) return { type: 'category' };
  if (split.code && (split.code.length === 3 || split.code.length === 6)) {
    return { type: 'unit', code: split.code, name: split.name };
  }
  const codeMatch = PROJECT_CODE.exec(label);
  const code = codeMatch ? codeMatch[1].replace(/\s/g, '') : null;
  let rest = cleanName(codeMatch ? label.slice(codeMatch[0].length) : label);
  // The 项目单位 column is printed after the name; strip a unit name seen above.
  let unitName: string | null = null;
  for (const unit of [...units].sort((a, b) => b.length - a.length)) {
    if (rest.endsWith(unit) && rest.length > unit.length) {
      unitName = unit;
      rest = rest.slice(0, -unit.length);
      break;
    }
  }
  return { type: 'project', code, name: rest, unitCode: null, unitName, category: null };
}
