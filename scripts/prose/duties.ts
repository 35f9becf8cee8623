// The department's duties (主要职责), as paragraphs with their lines, for the department page.
//
//     一、主要职责 / 一、部门主要职责 / 部门职责： / 一、部门主要职能
//     (一) 贯彻落实国家、省、市相关法律法规和方针政策。
//     …
//     二、机构设置
//
// PDF text wraps paragraphs over lines; a new paragraph starts with an enumerator.

import type { Item } from '../layout/items';
import type { RawTable } from '../tables/segment';

export interface Paragraph {
  text: string;
  line: number;
}

const HEADING = /^(?:[一1][、.．]\s*)?(?:部门)?(?:主要)?职(?:责|能)\s*[:：]?$/;
const NEXT_SECTION = /^(?:[二三四五六七八九十]、|机构设置|第[一二三四五六七八九十]+部分|部门预算单位构成)/;
const PARAGRAPH_START = /^(?:[（(][一二三四五六七八九十]+[)）]|\d+[、.．]|[一二三四五六七八九十]是)/;

export function readDuties(
  items: readonly Item[],
  tables: readonly RawTable[],
  joinLines: boolean,
): Paragraph[] {
  const inTable = (line: number): boolean => tables.some((t) => line >= t.line && line <= t.endLine);
  const start = items.findIndex(
    (item) => item.kind === 'text' && !inTable(item.line) && HEADING.test(item.text),
  );
  if (start < 0) return [];
  const paragraphs: Paragraph[] = [];
  for (const item of items.slice(start + 1)) {
    if (item.kind !== 'text' || inTable(item.line)) break;
    const text = item.text.replace(/<\/?p>/g, '').trim();
    if (NEXT_SECTION.test(text)) break;
    const last = paragraphs[paragraphs.length - 1];
    if (joinLines && last && !PARAGRAPH_START.test(text)) last.text += text;
    else paragraphs.push({ text, line: item.line });
    if (paragraphs.length > 40) break;
  }
  return paragraphs;
}
