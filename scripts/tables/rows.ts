// Grid rows → labelled rows of exact figures: the label becomes a code and a name, each value
// cell an exact amount placed into its column. Bad cells become issues, never NaN or 0.

import type { Figure } from '../../src/domain/budget';
import type { Issue } from '../../src/domain/issues';
import { isFunctionalCode } from '../../src/domain/codes';
import { parseAmount, type MoneyUnit } from '../../src/domain/money';
import type { Grid, GridRow } from './grid';
import {
  place,
  type Assignment,
  type Hint,
  type PlacedValue,
  type Placement,
  type Schema,
} from './placement';

export interface LabeledRow {
  line: number;
  code: string | null;
  name: string;
  /** Values by schema column key; absent or null where nothing is printed. */
  values: Record<string, Figure | null>;
  method: Placement['method'];
}

export interface ParseContext {
  file: string;
  table: string;
  unit: MoneyUnit;
  issues: Issue[];
}

/** `2010301-行政运行`, `2010301 行政运行`, `980秦皇岛市…` → code and name. */
export function splitLabel(label: string): { code: string | null; name: string } {
  // `[201]一般公共服务支出`, ` [20105]…`: a code in brackets glued to the name.
  const bracketed = /^[[［【](\d{3,9})[\]］】]\s*(.*)$/.exec(label.trim());
  if (bracketed) return { code: bracketed[1], name: bracketed[2].trim() };
  const match = /^(\d{2,7})\s*[-－—.、]?\s*(\D.*)$/.exec(label.trim());
  if (match) return { code: match[1], name: match[2].trim() };
  if (/^\d{2,7}$/.test(label.trim())) return { code: label.trim(), name: '' };
  return { code: null, name: label.trim() };
}

/** The functional 类/款/项 a cell names by code and name (`206-科学技术支出`, `2010301-行政运行`), or null. */
export function functionalCodeOf(cell: string): string | null {
  const { code, name } = splitLabel(cell);
  return code && isFunctionalCode(code) && /^\p{Script=Han}/u.test(name) ? code : null;
}

/** Reads one grid row's values as exact amounts; reports cells that are not amounts. */
export function readValues(
  row: GridRow,
  schema: Schema,
  context: ParseContext,
): { value: PlacedValue & { line: number }; pos: number | null }[] {
  const values: { value: PlacedValue & { line: number }; pos: number | null }[] = [];
  for (const cell of row.values) {
    const parsed = parseAmount(cell.text, context.unit);
    if (parsed.ok) {
      values.push({ value: { ...parsed.value, text: cell.text, line: cell.line }, pos: cell.pos });
      continue;
    }
    if (parsed.reason === 'empty') continue;
    const column = cell.pos !== null ? schema.columns[cell.pos]?.label : undefined;
    context.issues.push({
      severity: 'error',
      code: parsed.reason === 'not-a-number' ? 'not-a-number' : 'amount-unrepresentable',
      file: context.file,
      line: cell.line,
      table: context.table,
      message:
        parsed.reason === 'not-a-number'
          ? `expected an amount in ${context.unit}${column ? ` in column ${column}` : ''}, found "${cell.text}"`
          : `the amount "${cell.text}" cannot be represented exactly in fen (${parsed.reason})`,
    });
  }
  return values;
}

/** Parses every data row of a grid against a schema. */
export function parseRows(
  grid: Grid,
  schema: Schema,
  context: ParseContext,
  hintFor?: (label: { code: string | null; name: string }) => Hint | undefined,
  /** In a flat list (项目支出表), the rows the 合计 row sums; they are resolved against it. */
  isItem?: (index: number) => boolean,
): LabeledRow[] {
  const placed: { row: GridRow; label: { code: string | null; name: string }; placement: Placement }[] = [];
  for (const row of grid.rows) {
    const label = splitLabel(row.labels.filter(Boolean).join(' '));
    const values = readValues(row, schema, context);
    const placement = grid.positioned
      ? positionalPlacement(values, schema)
      : place(values, schema, hintFor?.(label));
    if (!placement) {
      context.issues.push({
        severity: 'error',
        code: 'row-unplaced',
        file: context.file,
        line: row.line,
        table: context.table,
        message: `${values.length} figures do not fit the ${schema.columns.length} columns (${schema.columns
          .map((c) => c.label)
          .join('、')})`,
      });
      continue;
    }
    placed.push({ row, label, placement });
  }

  const rowIndex = new Map(placed.map((p, i) => [i, grid.rows.indexOf(p.row)]));
  const chosen = resolveTree(
    placed.map((p) => ({ code: p.label.code, name: p.label.name, placement: p.placement })),
    schema,
    isItem && ((i) => isItem(rowIndex.get(i) ?? -1)),
  );

  return placed.map(({ row, label, placement }, index) => {
    const assignment = chosen[index];
    const figures: Record<string, Figure | null> = {};
    schema.columns.forEach((column, col) => {
      const value = assignment[col] as (PlacedValue & { line: number }) | null;
      figures[column.key] = value
        ? { fen: value.fen, step: value.step, table: context.table, line: value.line }
        : null;
    });
    const ambiguous = placement.candidates.length > 1;
    if ((placement.method !== 'position' && !grid.compact) || ambiguous) {
      context.issues.push({
        severity: 'info',
        code: 'placement-inferred',
        file: context.file,
        line: row.line,
        table: context.table,
        message: `${grid.compact ? 'empty cells are not printed' : 'cells do not line up with the header'}; read the figures as ${describe(
          assignment,
          schema,
        )} (${ambiguous ? 'chosen by the sums of the rows above and below' : "by the table's sums"})`,
      });
    }
    return { line: row.line, ...label, values: figures, method: placement.method };
  });
}

/** Positions read off the page are the placement: the identities are checked, not used to move figures. */
function positionalPlacement(
  values: readonly { value: PlacedValue; pos: number | null }[],
  schema: Schema,
): Placement | null {
  const assignment: (PlacedValue | null)[] = Array(schema.columns.length).fill(null);
  for (const { value, pos } of values) {
    if (pos === null || pos >= assignment.length) return null;
    assignment[pos] = value;
  }
  return { assignment, method: 'position', violations: 0, candidates: [assignment] };
}

/**
 * Rows whose own figures allow several placements are resolved against their parent, top
 * down: the children's columns must add up to the parent's. `30201 办公费 0.20 0.20` under
 * `302 商品和服务支出 25.21 1.44 23.77` is 公用经费 because 30299 accounts for all 1.44 of
 * 人员经费. In a flat list the items' columns must add up to the 合计 row: a PDF project row
 * `… 12.00 12.00` is 一般公共预算 or 财政专户 money as the 合计 row's columns say. When the
 * sums cannot tell, the leftmost (most common) columns are kept.
 */
function resolveTree(
  rows: readonly { code: string | null; name: string; placement: Placement }[],
  schema: Schema,
  isItem?: (index: number) => boolean,
): Assignment[] {
  const chosen: Assignment[] = rows.map((row) => row.placement.assignment);
  const isTotal = (row: { code: string | null; name: string }): boolean =>
    row.code === null && (/^(合计|总计)/.test(row.name) || row.name === '');
  const rootIndex = rows.findIndex(isTotal);
  const children = new Map<number, number[]>();
  rows.forEach((row, index) => {
    if (!row.code || !/^[2-5]\d{2}(\d{2}){0,2}$/.test(row.code)) return;
    let parent = -1;
    if (row.code.length === 3) parent = rootIndex;
    else {
      const parentCode = row.code.slice(0, -2);
      for (let i = index - 1; i >= 0; i--)
        if (rows[i].code === parentCode) {
          parent = i;
          break;
        }
    }
    if (parent < 0) return;
    children.set(parent, [...(children.get(parent) ?? []), index]);
  });
  if (children.size === 0 && isItem && rootIndex >= 0) {
    const items = rows.flatMap((_, index) => (index !== rootIndex && isItem(index) ? [index] : []));
    const solved = resolveFlat(
      rows[rootIndex].placement.candidates,
      items.map((i) => rows[i].placement.candidates),
      schema,
    );
    if (solved) {
      chosen[rootIndex] = solved.root;
      items.forEach((item, k) => (chosen[item] = solved.items[k]));
    }
    return chosen;
  }
  const order = [...children.keys()].sort(
    (a, b) => (rows[a].code?.length ?? 0) - (rows[b].code?.length ?? 0),
  );
  for (const parent of order) {
    const kids = children.get(parent) ?? [];
    if (kids.every((kid) => rows[kid].placement.candidates.length <= 1)) continue;
    const options = kids.map((kid) => rows[kid].placement.candidates);
    const combinations = options.reduce((count, list) => count * list.length, 1);
    if (combinations > 4096) continue;
    let best: { misses: number; pick: number[] } | null = null;
    const pick = kids.map(() => 0);
    for (let n = 0; n < combinations; n++) {
      let rest = n;
      for (let k = kids.length - 1; k >= 0; k--) {
        pick[k] = rest % options[k].length;
        rest = Math.floor(rest / options[k].length);
      }
      const misses = columnMisses(
        chosen[parent],
        pick.map((p, k) => options[k][p]),
        schema,
      );
      if (!best || misses < best.misses) best = { misses, pick: [...pick] };
    }
    if (best) best.pick.forEach((p, k) => (chosen[kids[k]] = options[k][p]));
  }
  return chosen;
}

/**
 * A flat list under its 合计 row: the placements of the 合计 row and of each item such that
 * every column adds up. Depth-first, pruning a column as soon as the items exceed the 合计
 * (amounts are not negative in such lists); bounded, so that a long list cannot hang.
 */
function resolveFlat(
  rootOptions: readonly Assignment[],
  itemOptions: readonly (readonly Assignment[])[],
  schema: Schema,
): { root: Assignment; items: Assignment[] } | null {
  if (itemOptions.every((options) => options.length <= 1) && rootOptions.length <= 1) return null;
  const width = schema.columns.length;
  let budget = 200_000;
  for (const root of rootOptions) {
    const target = schema.columns.map((_, col) => root[col]?.fen ?? 0);
    const tolerance = schema.columns.map((_, col) => (root[col]?.step ?? 1) / 2);
    const sums = new Array<number>(width).fill(0);
    const pick: Assignment[] = [];
    const search = (k: number): boolean => {
      if (--budget < 0) return false;
      if (k === itemOptions.length)
        return sums.every((sum, col) => Math.abs(sum - target[col]) <= tolerance[col]);
      for (const option of itemOptions[k]) {
        let fits = true;
        for (let col = 0; col < width; col++) {
          sums[col] += option[col]?.fen ?? 0;
          if (sums[col] - target[col] > tolerance[col] && (option[col]?.fen ?? 0) >= 0) fits = false;
        }
        pick[k] = option;
        if (fits && search(k + 1)) return true;
        for (let col = 0; col < width; col++) sums[col] -= option[col]?.fen ?? 0;
      }
      return false;
    };
    if (search(0)) return { root, items: [...pick] };
    if (budget < 0) return null;
  }
  return null;
}

/** Columns in which the children do not add up to the parent. */
function columnMisses(parent: Assignment, children: readonly Assignment[], schema: Schema): number {
  let misses = 0;
  schema.columns.forEach((_, col) => {
    const values = [parent[col], ...children.map((child) => child[col])].filter(Boolean);
    if (values.length === 0) return;
    const tolerance = Math.max(...values.map((v) => v?.step ?? 0)) / 2;
    const sum = children.reduce((acc, child) => acc + (child[col]?.fen ?? 0), 0);
    if (Math.abs((parent[col]?.fen ?? 0) - sum) > tolerance) misses++;
  });
  return misses;
}

function describe(assignment: Placement['assignment'], schema: Schema): string {
  return schema.columns
    .map((column, index) => (assignment[index] ? `${column.label} ${assignment[index]?.text}` : null))
    .filter(Boolean)
    .join('，');
}
