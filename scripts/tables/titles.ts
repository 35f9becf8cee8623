// Recognizing a table by its title. The same table is titled differently across provinces
// (收支预算总表 / 部门收支总表 / 部门预算收支总表 / 收支总表), so the rules match the words that
// carry the meaning, most specific first.

import type { TableKind } from '../../src/domain/budget';

const KIND_RULES: readonly [RegExp, TableKind][] = [
  [/三公/, 'san-gong'],
  [/政府性基金/, 'gov-fund'],
  [/国有资本经营/, 'state-capital'],
  [/基本支出表/, 'basic-economic'],
  [/一般公共预算.*支出表.*分单位/, 'gpb-units'],
  [/一般公共预算(财政拨款)?支出表/, 'gpb-functional'],
  [/财政拨款(预算|收支)总表/, 'fiscal-summary'],
  [/收支(预算)?总表/, 'summary'],
  [/收入(预算)?总表/, 'income'],
  [/支出(预算)?总表/, 'expenditure'],
  [/支出功能分类/, 'functional'],
  [/支出经济分类/, 'economic'],
  [/政府购买服务/, 'purchase-services'],
  [/政府采购/, 'procurement'],
  [/整体.*绩效/, 'overall-performance'],
  [/绩效|项目申报表/, 'project-performance'],
  [/项目支出(情况)?表/, 'projects'],
  [/机构设置情况|固定资产占用情况/, 'other'],
];

export interface TitleMatch {
  kind: TableKind;
  title: string;
  number: string | null;
  prefix: string | null;
}

/** `表 5-1.`, `附表7：`, `附表-5-2` */
const NUMBER = /^(附表|表)\s*-?\s*(\d+(?:\s*-\s*\d+)?)\s*[.．、:：]?\s*/;

/** A line that is only a table number, such as `表 1` or `附表-5-2`. */
export function matchTableNumber(text: string): { prefix: string; number: string } | null {
  const match = NUMBER.exec(text.trim());
  if (!match || match[0].length !== text.trim().length) return null;
  return { prefix: match[1], number: match[2].replace(/\s/g, '') };
}

export function matchTableTitle(text: string): TitleMatch | null {
  const line = text.trim();
  // A table of contents entry (`- 附表1：收支预算总表`) or a sentence is not a title.
  if (/^[-•·]/.test(line) || /[，。；]/.test(line) || line.length > 48) return null;
  const numbered = NUMBER.exec(line);
  const title = (numbered ? line.slice(numbered[0].length) : line).trim();
  if (title === '' || !looksLikeTitle(title)) return null;
  // Sub-headings inside a project's performance form are not new tables.
  if (/^(长期|年度)绩效目标表$/.test(title)) return null;
  const rule = KIND_RULES.find(([pattern]) => pattern.test(title));
  if (!rule) return null;
  return {
    kind: rule[1],
    title,
    number: numbered ? numbered[2].replace(/\s/g, '') : null,
    prefix: numbered ? numbered[1] : null,
  };
}

/** Titles end in 表 (optionally with a qualifier in brackets), or name a budget (部门政府采购预算). */
function looksLikeTitle(title: string): boolean {
  return /表\s*([（(][^）)]*[）)])?$/.test(title) || /^部门\S{0,10}预算$/.test(title);
}

/** `第三部分 …` starts a new part of the document and ends any table before it. */
export function isPartHeading(text: string): boolean {
  return /^第[一二三四五六七八九十]+部分/.test(text.trim());
}
