// Items → raw tables: find each table's title, number and money unit, collect its body, and join
// tables continued over several pages (the title and header are printed again on each page).

import type { LayoutFamily, TableKind } from '../../src/domain/budget';
import type { MoneyUnit } from '../../src/domain/money';
import type { Item } from '../layout/items';
import { traitsOf } from '../layout/families';
import { isPartHeading, isSectionHeading, matchTableNumber, matchTableTitle } from './titles';

export interface RawTable {
  kind: TableKind;
  title: string;
  number: string | null;
  /** Used in provenance: `附表7 一般公共预算支出表`, `表5-1 一般公共预算支出表（分功能科目）`. */
  label: string;
  unit: MoneyUnit | null;
  /** Line of a unit statement that names no unit (`金额单位:`), if any. */
  blankUnitLine: number | null;
  year: number | null;
  line: number;
  endLine: number;
  layout: LayoutFamily;
  /** Body items: rows (or PDF text lines), without title, number and unit lines. */
  items: Item[];
  /** Lines where a continuation page was joined on. */
  continuations: number[];
  /** Text of the lines naming unit, year or department above the table (`980秦皇岛市…`). */
  meta: { text: string; line: number }[];
}

const UNIT = /(?:金额)?单位\s*[:：]\s*(万元|元)/;
const BLANK_UNIT = /(?:金额)?单位\s*[:：]\s*$/;
const YEAR = /预算年度\s*[:：]\s*(\d{4})/;

/** Notes printed under or inside a table that do not end it. */
function isAside(text: string): boolean {
  return (
    /^(注|备注|说明)\s*[:：]/.test(text) ||
    /^如本表为空/.test(text) ||
    /^(本单位|本部门|我部门|我单位).{0,20}(无|没有)/.test(text) ||
    /^\d{1,3}$/.test(text) ||
    UNIT.test(text) ||
    BLANK_UNIT.test(text) ||
    YEAR.test(text) ||
    /^部门\s*\/\s*单位\s*[:：]/.test(text)
  );
}

export function segmentTables(items: readonly Item[], layout: LayoutFamily): RawTable[] {
  const titleAt = new Map<number, ReturnType<typeof matchTableTitle>>();
  /** Second lines of titles wrapped over two lines. */
  const titleTails = new Set<number>();
  items.forEach((item, index) => {
    if (item.kind !== 'text' || titleTails.has(index)) return;
    const match = matchTableTitle(item.text);
    if (match) {
      titleAt.set(index, match);
      return;
    }
    // `公开 09 表：一般公共预算“三公”经费、会议费、培训费` / `支出预算表`: a numbered title
    // wrapped onto a short second line.
    const next = items[index + 1];
    if (
      next?.kind !== 'text' ||
      next.text.length > 16 ||
      !matchTableNumber(item.text.split(/[:：]/)[0] ?? '')
    )
      return;
    const joined = matchTableTitle(`${item.text}${next.text}`);
    if (joined && !matchTableTitle(next.text)) {
      titleAt.set(index, joined);
      titleTails.add(index + 1);
    }
  });
  const numberAt = new Map<number, string>();
  items.forEach((item, index) => {
    if (item.kind === 'text') {
      const number = matchTableNumber(item.text);
      if (number) numberAt.set(index, number.number);
    }
  });

  const tables: RawTable[] = [];
  const claimedNumbers = new Set<number>();
  for (const [start, match] of titleAt) {
    if (!match) continue;
    const number = match.number ?? findNumber(start, numberAt, titleAt, claimedNumbers);
    const end = findEnd(items, start, titleAt, numberAt, layout);
    const body: Item[] = [];
    let unit: MoneyUnit | null = null;
    let blankUnitLine: number | null = null;
    let year: number | null = null;
    const meta: { text: string; line: number }[] = [];
    for (let index = start + 1; index < end; index++) {
      const item = items[index];
      if (numberAt.has(index) || titleTails.has(index)) continue;
      const texts = item.kind === 'text' ? [item.text] : item.cells;
      const unitMatch = texts.map((text) => UNIT.exec(text)).find(Boolean);
      const yearMatch = texts.map((text) => YEAR.exec(text)).find(Boolean);
      const names = texts.some((text) => /^部门\s*\/\s*单位\s*[:：]/.test(text));
      if (unitMatch || yearMatch || names || texts.some((text) => BLANK_UNIT.test(text))) {
        if (unitMatch && !unit) unit = unitMatch[1] as MoneyUnit;
        if (!unitMatch && texts.some((text) => BLANK_UNIT.test(text))) blankUnitLine = item.line;
        if (yearMatch) year = Number(yearMatch[1]);
        for (const text of texts) if (text !== '') meta.push({ text, line: item.line });
        // A unit statement shares its line with the department name in some layouts; the
        // line carries no figures either way.
        continue;
      }
      body.push(item);
    }
    // `2026年部门收支总体情况表`, `一、2017 年度江苏省高级人民法院部门收支预算总表`.
    year ??= Number(/(20\d{2})\s*年/.exec(match.title)?.[1]) || null;
    const lastItem = items[end - 1];
    tables.push({
      kind: match.kind,
      title: match.title,
      number,
      label: number ? `${match.prefix ?? '表'}${number} ${match.title}` : match.title,
      unit,
      blankUnitLine: unit ? null : blankUnitLine,
      year,
      line: items[start].line,
      endLine: lastItem ? lastItem.line : items[start].line,
      layout,
      items: body,
      continuations: [],
      meta,
    });
  }
  const joined = joinContinuations(tables);
  // A table of contents prints the titles with nothing under them: such an empty table gives
  // way to the table of the same kind that the document does print.
  return joined.filter(
    (table) =>
      table.items.length > 0 || !joined.some((other) => other.kind === table.kind && other.items.length > 0),
  );
}

/** A number line (`表 1`, `附表1`) printed just before or just after its title. */
function findNumber(
  titleIndex: number,
  numberAt: Map<number, string>,
  titleAt: Map<number, unknown>,
  claimed: Set<number>,
): string | null {
  for (const offset of [-1, 1, -2, 2, -3, 3]) {
    const index = titleIndex + offset;
    if (!numberAt.has(index) || claimed.has(index)) continue;
    // The number must not sit on the far side of another title.
    const between = offset < 0 ? [index + 1, titleIndex] : [titleIndex + 1, index];
    let blocked = false;
    for (let i = between[0]; i < between[1]; i++) if (titleAt.has(i)) blocked = true;
    if (blocked) continue;
    claimed.add(index);
    return numberAt.get(index) ?? null;
  }
  return null;
}

/**
 * Where a table's body ends: at the next title, at a number line that belongs to the next
 * title, at a new part of the document, or (when cells are delimited) at the first paragraph
 * of free text after the rows.
 */
function findEnd(
  items: readonly Item[],
  start: number,
  titleAt: Map<number, unknown>,
  numberAt: Map<number, string>,
  layout: LayoutFamily,
): number {
  let seenRow = false;
  for (let index = start + 1; index < items.length; index++) {
    const item = items[index];
    if (titleAt.has(index)) return index;
    if (item.kind === 'row') {
      seenRow = true;
      continue;
    }
    if (isPartHeading(item.text)) return index;
    // A title with no rows under it before a section heading (`一、部门概况`) is a table of
    // contents' line: the prose after it is not the table's.
    if (!seenRow && isSectionHeading(item.text)) return index;
    if (numberAt.has(index)) {
      // `表 2` on the line before the next title ends this table.
      for (let ahead = index + 1; ahead <= index + 3 && ahead < items.length; ahead++) {
        if (titleAt.has(ahead)) return index;
      }
      continue;
    }
    if (!traitsOf(layout).flatText && seenRow && !isAside(item.text)) return index;
  }
  return items.length;
}

/**
 * The same table printed again on the next page is joined: same kind and same number, or no
 * number and the same title. A title with nothing under it (`表 12-1.项目支出绩效目标表`
 * followed by `项目申报表`) is joined with the table it introduces.
 */
function joinContinuations(tables: RawTable[]): RawTable[] {
  const joined: RawTable[] = [];
  for (const table of tables) {
    const previous = joined[joined.length - 1];
    const sameTable =
      previous !== undefined &&
      previous.kind === table.kind &&
      (table.number === null || table.number === previous.number) &&
      (table.number !== null || previous.title === table.title || previous.items.length === 0);
    if (previous && sameTable) {
      previous.items.push(...table.items);
      previous.continuations.push(table.line);
      previous.endLine = table.endLine;
      previous.unit ??= table.unit;
      previous.meta.push(...table.meta);
      continue;
    }
    joined.push(table);
  }
  return joined;
}
