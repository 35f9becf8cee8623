// Raw table body → header and data rows, each data row split into label cells (code, name…)
// and value cells. Tab and Word layouts keep every cell, so a value's position is known; PDF
// text drops empty cells, so its values come without positions and are placed later by the
// accounting identities (see placement.ts).

import { looksLikeAmount } from '../../src/domain/money';
import { traitsOf } from '../layout/families';
import type { Item, TextItem } from '../layout/items';
import { positionedGrid, type PositionedOptions } from './positioned';
import { cleanName } from './names';
import type { Grid, GridRow } from './gridShape';
import type { RawTable } from './segment';

export type { Grid, GridRow, ValueCell } from './gridShape';

/** Header cells that name a label column rather than a value column. */
const LABEL_HEADER =
  /序号|编码|代码|名称|科目|^部门|^单位$|^项\s*目$|项目单位|项目类别|类别|^单位名称|^收\s*入$|^支\s*出$/;
const TOTAL_LABEL = /^(合\s*计|总\s*计|合计[:：]?)$/;

export function toGrid(table: RawTable, options: PositionedOptions = {}): Grid {
  const traits = traitsOf(table.layout);
  if (traits.positions)
    return positionedGrid(
      table.items.filter((item): item is TextItem => item.kind === 'text'),
      options,
    );
  return traits.delimitedCells ? cellGrid(table.items) : pdfGrid(table.items);
}

function cellGrid(items: readonly Item[]): Grid {
  let rows = items
    .filter((item): item is Extract<Item, { kind: 'row' }> => item.kind === 'row')
    .filter((row) => row.cells.find((cell) => cell !== '') !== '栏次');
  const dataStart = rows.findIndex(isDataRow);
  const headerRows = dataStart < 0 ? rows : rows.slice(0, dataStart);
  const hasSerial = headerRows.length > 0 && /^序\s*号$/.test(headerRows[0].cells[0] ?? '');
  if (hasSerial) {
    rows = rows.map((row) => ({ ...row, cells: row.cells.slice(1), cellLines: row.cellLines.slice(1) }));
  }
  const header = (dataStart < 0 ? rows : rows.slice(0, dataStart)).map((row) => row.cells);
  const data = dataStart < 0 ? [] : rows.slice(dataStart);
  const labelCount = header.length
    ? Math.max(...header.map(leadingLabels))
    : leadingNonAmounts(data[0]?.cells ?? []);
  return {
    header,
    headerText: header.flat().join('').replace(/\s/g, ''),
    labelCount,
    compact: false,
    rows: data
      .filter((row) => row.cells.some((cell) => cell !== ''))
      .filter((row) => !isRepeatedHeader(row.cells, labelCount))
      .map((row) => ({
        line: row.line,
        labels: row.cells.slice(0, labelCount).map(cleanName),
        values: row.cells.slice(labelCount).map((text, index) => ({
          text,
          pos: index,
          line: row.cellLines[labelCount + index] ?? row.line,
        })),
      })),
  };
}

/** A data row prints an amount, or is a total row of an empty table (`合 计⇥⇥⇥`). */
function isDataRow(row: { cells: string[] }): boolean {
  if (row.cells.some((cell, index) => isAmountCell(cell, index))) return true;
  return TOTAL_LABEL.test(row.cells[0] ?? '') && row.cells.slice(1).every((cell) => cell === '');
}

/** Years in a header (`2025`) and serial numbers in the first column are not amounts. */
function isAmountCell(cell: string, index: number): boolean {
  if (!looksLikeAmount(cell) || /^(19|20)\d{2}$/.test(cell.trim())) return false;
  return index > 0 || cell.includes('.');
}

/** A header printed again on a continuation page: words, no amounts. */
function isRepeatedHeader(cells: readonly string[], labelCount: number): boolean {
  if (cells.some((cell, index) => isAmountCell(cell, index))) return false;
  return cells.slice(Math.max(labelCount, 1)).some((cell) => cell !== '');
}

function leadingLabels(cells: readonly string[]): number {
  let count = 0;
  for (let index = 0; index < cells.length; index++) {
    const cell = cells[index].replace(/\s/g, '');
    if (cell === '') continue;
    if (LABEL_HEADER.test(cell) && !/合计|总计|小计/.test(cell)) count = index + 1;
    else break;
  }
  return count;
}

function leadingNonAmounts(cells: readonly string[]): number {
  const index = cells.findIndex((cell) => looksLikeAmount(cell));
  return index < 0 ? cells.length : index;
}

/**
 * PDF text: a row is its label fragments followed by a line ending in amounts. Names and
 * codes wrap over several lines and empty cells vanish:
 *
 *     20805
 *     行政事业单位养老支
 *     出
 *     36.79 36.79
 *
 * Everything before the first line with amounts is header.
 */
function pdfGrid(items: readonly Item[]): Grid {
  const lines = items.filter((item): item is TextItem => item.kind === 'text');
  const header: string[][] = [];
  const rows: GridRow[] = [];
  let pending: { line: number; parts: string[] } | null = null;
  let dataStarted = false;
  for (const item of lines) {
    const tokens = item.text.split(/\s+/).filter(Boolean);
    let split = tokens.length;
    while (split > 0 && looksLikeAmount(tokens[split - 1])) split--;
    // Amounts print with decimals; a bare integer before them (or alone on its line) is a
    // code: `20805`, `135`, `42010425`.
    while (split < tokens.length && !/[.,]/.test(tokens[split])) split++;
    const labelTokens = tokens.slice(0, split);
    const amounts = tokens.slice(split);
    if (!dataStarted) {
      if (amounts.length === 0) {
        header.push(tokens);
        continue;
      }
      dataStarted = true;
    }
    if (amounts.length === 0) {
      pending ??= { line: item.line, parts: [] };
      pending.parts.push(labelTokens.join(' '));
      continue;
    }
    const parts = [...(pending?.parts ?? []), labelTokens.join(' ')].filter(Boolean);
    rows.push({
      line: pending?.line ?? item.line,
      labels: [joinWrapped(parts)],
      values: amounts.map((text) => ({ text, pos: null, line: item.line })),
    });
    pending = null;
  }
  return {
    header,
    headerText: header.flat().join('').replace(/\s/g, ''),
    labelCount: 1,
    compact: true,
    rows,
  };
}

/** Joins wrapped fragments of one cell; a code stays separated from the name that follows. */
function joinWrapped(parts: readonly string[]): string {
  return cleanName(parts.join(' '));
}
