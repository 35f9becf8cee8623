// Who published the disclosure, for which year: read from the title line, then matched
// against the units the tables list (which carry the codes).

import type { DocumentKind } from '../../src/domain/budget';
import { nameKey } from '../tables/names';

export interface Identity {
  /** 部门预算 unless the title says 单位预算 or 决算. */
  kind: DocumentKind;
  /** The title as printed, e.g. `大连市西岗区大数据中心 2025 年度单位预算`. */
  title: string | null;
  titleLine: number;
  year: number | null;
  /** The disclosing body as the title names it, without qualifiers such as （汇总）. */
  subject: string | null;
}

/**
 * `大连市西岗区大数据中心 2025 年度单位预算`, `第二部分 硚口区大数据中心 2025 年单位预算表`,
 * `第一部分 秦皇岛市海港区发展服务中心2025年部门预算信息公开情况说明`.
 */
const TITLE =
  /^(?:第[一二三四五六七八九十]+部分\s*)?(\S.*?)\s*(20\d{2})\s*年度?\s*(?:部门|单位)(?:综合)?(?:预算|决算)(?:表|公开|信息公开情况说明|情况说明|公开说明|信息公开)?\s*$/;

/** `2026年度泉州市公安局部门预算`, `2018年度江苏省高级人民法院预算公开`: the year first. */
const YEAR_FIRST =
  /^(20\d{2})\s*年度?\s*(\S.*?)\s*(?:部门|单位)?(?:综合)?(?:预算|决算)(?:表|公开|信息公开|公开说明|情况说明)?\s*$/;

/** A disclosing body is named like one (…局, …中心, …办公厅), not `第二部分` or `市级部门`. */
function isBodyName(name: string): boolean {
  const bare = name.replace(/[（(](汇总|本级|合并)[)）]$/, '').replace(/\s/g, '');
  return (
    bare.length >= 3 &&
    !/^第[一二三四五六七八九十]+部分|^(市级|省级|区级|县级|本)?(部门|单位)$|目录|预算表|公开表/.test(bare) &&
    /[省市区县旗州盟委局厅办院部会所站队室馆校社团中心处科署]/.test(bare)
  );
}

export function readIdentity(lines: readonly string[]): Identity {
  // The cover names the body in full; a later heading may shorten it (`第二部分 省人大办公厅 2017
  // 年度部门预算表` under a cover `江苏省人大常委会办公厅` / `2017 年度部门预算`).
  const cover = readCover(lines);
  if (cover) return cover;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].replace(/\[bookmark:[^\]]*\]/g, '').trim();
    if (line.length > 60 || /[，。；：]/.test(line)) continue;
    const match = TITLE.exec(line);
    if (!match || !isBodyName(match[1])) continue;
    return identity(line, index + 1, Number(match[2]), match[1]);
  }
  return { kind: '部门预算', title: null, titleLine: 0, year: yearNearTop(lines), subject: null };
}

/** `第二部分 2019年度部门预算表`, `三、2019年度部门主要工作任务及目标`: the year a document names first. */
function yearNearTop(lines: readonly string[]): number | null {
  for (const line of lines.slice(0, 120)) {
    const match = /(20\d{2})\s*年度/.exec(line);
    if (match) return Number(match[1]);
  }
  return null;
}

/** `部门：江苏省政协办公厅`, `单位名称：重庆市水利局` above the tables: the name most of them print. */
export function metaSubject(metas: readonly { text: string }[]): string | null {
  const counts = new Map<string, number>();
  for (const { text } of metas) {
    const match =
      /^(?:部门|单位|部门名称|单位名称|预算单位|编制单位)\s*[:：]\s*(.+?)(?:\s+(?:金额)?单位\s*[:：].*)?\s*$/.exec(
        text.trim(),
      );
    if (!match || !isBodyName(match[1])) continue;
    counts.set(match[1], (counts.get(match[1]) ?? 0) + 1);
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
}

function identity(title: string, line: number, year: number, subject: string): Identity {
  return {
    kind: kindOf(title),
    title: title.replace(/^第[一二三四五六七八九十]+部分\s*/, ''),
    titleLine: line,
    year,
    subject: subject.replace(/[（(](汇总|本级|合并)[)）]$/, '').trim(),
  };
}

/**
 * A cover prints the title over several lines (`2026年度` / `泉州市公安局` / `部门预算`): the first
 * lines of the document, up to its table of contents, are tried two, three and four at a time.
 */
function readCover(lines: readonly string[]): Identity | null {
  const cover: { text: string; line: number }[] = [];
  for (let index = 0; index < lines.length && cover.length < 14; index++) {
    const text = lines[index].replace(/\[bookmark:[^\]]*\]/g, '').trim();
    if (text === '' || /^===/.test(text) || /^[-—–]?\s*\d{1,3}\s*[-—–]?$/.test(text)) continue;
    if (
      /^目\s*录/.test(text) ||
      /^第[一二三四五六七八九十]+部分/.test(text) ||
      /^[一二三四五六七八九十]+、/.test(text)
    )
      break;
    cover.push({ text: text.replace(/\s+/g, ' '), line: index + 1 });
  }
  for (let size = 1; size <= 4; size++) {
    for (let start = 0; start + size <= cover.length; start++) {
      const joined = cover
        .slice(start, start + size)
        .map((c) => c.text)
        .join('');
      if (joined.length > 60) continue;
      const subjectFirst = TITLE.exec(joined);
      if (subjectFirst && isBodyName(subjectFirst[1]))
        return identity(joined, cover[start].line, Number(subjectFirst[2]), subjectFirst[1]);
      const yearFirst = YEAR_FIRST.exec(joined);
      if (yearFirst && isBodyName(yearFirst[2]))
        return identity(joined, cover[start].line, Number(yearFirst[1]), yearFirst[2]);
    }
  }
  return null;
}

function kindOf(title: string): DocumentKind {
  if (/决算/.test(title)) return '部门决算';
  if (/单位预算/.test(title)) return '单位预算';
  return '部门预算';
}

export interface UnitName {
  code: string | null;
  name: string;
}

/** The unit the title names: the same name, or the full name ending with it (武汉市黄陂区… ⊃ 黄陂区…). */
export function findSubject(subject: string | null, units: readonly UnitName[]): UnitName | null {
  if (!subject) return null;
  const key = nameKey(subject);
  return (
    units.find((unit) => nameKey(unit.name) === key) ??
    units
      .filter((unit) => nameKey(unit.name).endsWith(key))
      .sort((a, b) => a.name.length - b.name.length)[0] ??
    null
  );
}

/**
 * `大连市西岗区大数据中心` → `大连市西岗区`; a city's or province's own department → the city
 * (`湖州市交通运输局` → `湖州市`, `中共重庆市委宣传部` → `重庆市`) or province (`江苏省人民检察院`).
 */
export function regionOf(name: string): string | null {
  const district = /^((?:[^省]{2,7}省)?(?:[^市]{2,7}市)?[^区县旗市]{1,7}[区县旗])/.exec(name);
  if (district) return district[1];
  const bare = name.replace(/^(中共|中国共产党)/, '');
  const city = /^((?:[^省]{2,7}省)?[^省市]{2,7}市)/.exec(bare);
  if (city) return city[1];
  const province = /^([^省]{2,7}省)/.exec(bare);
  return province ? province[1] : null;
}
