// Recognizing a table by its title. The same table is titled differently across provinces
// (收支预算总表 / 部门收支总表 / 部门预算收支总表 / 收支总表), so the rules match the words that
// carry the meaning, most specific first.

import type { TableKind } from '../../src/domain/budget';

/**
 * Kinds by the words a title holds, most specific first: what is reported (收支 / 收入 / 支出 /
 * 基本支出 / 项目支出 / 三公 …), for which funds (all, 财政拨款, 一般公共预算 …) and by which
 * classification (功能 / 经济). The table's number (附表7, 公开05表, 预算03表, 表三) says nothing.
 */
const KIND_RULES: readonly [(t: string) => boolean, TableKind][] = [
  [(t) => /三公/.test(t), 'san-gong'],
  [(t) => /整体.*绩效|绩效.*整体|部门整体/.test(t), 'overall-performance'],
  [(t) => /绩效|项目申报表/.test(t), 'project-performance'],
  [(t) => /政府购买服务/.test(t), 'purchase-services'],
  [(t) => /政府采购/.test(t), 'procurement'],
  [
    (t) => /机关运行经费|会议费明细|培训费明细|上年结转资金支出|机构设置情况|固定资产占用情况/.test(t),
    'other',
  ],
  [(t) => /国有资本经营/.test(t) && !/收支/.test(t), 'state-capital'],
  [(t) => /政府性基金/.test(t) && !/^(部门)?(预算)?财政拨款收支/.test(t), 'gov-fund'],
  [
    (t) => /财政拨款(预算|收支)(预算)?总表|财政拨款收支(预算)?总体情况表|财政拨款收支(预算)?表/.test(t),
    'fiscal-summary',
  ],
  [(t) => /收支(预算)?总表|收支(预算)?总体情况表/.test(t), 'summary'],
  [(t) => /收入(预算)?总表|收入(预算)?总体情况表/.test(t), 'income'],
  [(t) => /基本支出/.test(t) && /功能/.test(t) && !/经济/.test(t), 'basic-functional'],
  [(t) => /基本支出/.test(t) && /表/.test(t), 'basic-economic'],
  [(t) => /一般公共预算.*支出表.*分单位/.test(t), 'gpb-units'],
  [
    (t) => /(一般公共预算|公共财政预算).*(支出|拨款).*(明细|情况)?表/.test(t) && /经济/.test(t),
    'gpb-economic',
  ],
  [(t) => /(一般公共预算|公共财政预算)(财政)?(拨款)?支出(预算)?(明细|情况)?表/.test(t), 'gpb-functional'],
  [(t) => /支出(预算)?总表|支出(预算)?总体情况表/.test(t), 'expenditure'],
  [(t) => /财政拨款支出(预算)?(明细|情况)?表/.test(t) && !/经济/.test(t), 'fiscal-functional'],
  [(t) => /支出功能分类/.test(t), 'functional'],
  [(t) => /支出经济分类/.test(t) && !/一般公共预算/.test(t), 'economic'],
  [(t) => /项目支出(及其他支出)?(预算|情况)?表|专项业务经费支出表/.test(t) && !/经济/.test(t), 'projects'],
];

export interface TitleMatch {
  kind: TableKind;
  title: string;
  number: string | null;
  prefix: string | null;
}

/**
 * `表 5-1.`, `附表7：`, `附表-5-2`, `表二`, `表01`, `公开表一`, `公开 01 表`, `预算01表`,
 * `公开01表：`. Group 1 is the prefix, group 2 (or 3) the number.
 */
const NUMBER =
  /^(?:(附表|公开表|预算表|表)\s*-?\s*(\d+(?:\s*-\s*\d+)?|[一二三四五六七八九十]+)|(公开|预算|部门公开|部门预算公开)\s*(\d+)\s*表)\s*[.．、:：]?\s*/;

function numberOf(match: RegExpExecArray): { prefix: string; number: string } {
  return match[1]
    ? { prefix: match[1], number: match[2].replace(/\s/g, '') }
    : { prefix: `${match[3]}表`, number: match[4] };
}

/** A line that is only a table number, such as `表 1` or `附表-5-2`. */
export function matchTableNumber(text: string): { prefix: string; number: string } | null {
  const match = NUMBER.exec(text.trim());
  if (!match || match[0].length !== text.trim().length) return null;
  return numberOf(match);
}

export function matchTableTitle(text: string): TitleMatch | null {
  const line = text.trim();
  // A table of contents entry (`- 附表1：收支预算总表`) or a sentence is not a title.
  if (/^[-•·]/.test(line) || /[，。；]/.test(line) || line.length > 48) return null;
  const numbered = NUMBER.exec(line);
  // `一、收支预算总表`, `（三）一般公共预算支出表`: an ordinal before the title is its number too.
  const ordinal = numbered
    ? null
    : /^([（(][一二三四五六七八九十]+[)）]|[一二三四五六七八九十]+、)\s*/.exec(line);
  const title = (
    numbered ? line.slice(numbered[0].length) : ordinal ? line.slice(ordinal[0].length) : line
  ).trim();
  if (title === '' || !looksLikeTitle(title)) return null;
  // Sub-headings inside a project's performance form are not new tables.
  if (/^(长期|年度)绩效目标表$/.test(title)) return null;
  const words = title.replace(/\s/g, '');
  const rule = KIND_RULES.find(([test]) => test(words));
  if (!rule) return null;
  return {
    kind: rule[1],
    title,
    number: numbered ? numberOf(numbered).number : null,
    prefix: numbered ? numberOf(numbered).prefix : null,
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

/**
 * A numbered heading of the prose: `一、部门概况`, `二、收支预算总体情况说明`, `三、名词解释` — never a
 * table's row label (`一、本年收入`), which names money, not a section.
 */
export function isSectionHeading(text: string): boolean {
  const trimmed = text.trim();
  return (
    /^[一二三四五六七八九十]+、[^\d\s]{2,30}$/.test(trimmed) &&
    /概况|说明|职能|职责|机构设置|名词解释/.test(trimmed)
  );
}
