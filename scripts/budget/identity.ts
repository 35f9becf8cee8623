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
  /^(?:第[一二三四五六七八九十]+部分\s*)?(\S.*?)\s*(20\d{2})\s*年度?\s*(?:部门|单位)预算(?:表|公开|信息公开情况说明|情况说明)?\s*$/;

export function readIdentity(lines: readonly string[]): Identity {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index].replace(/\[bookmark:[^\]]*\]/g, '').trim();
    if (line.length > 60 || /[，。；：]/.test(line)) continue;
    const match = TITLE.exec(line);
    if (!match) continue;
    return {
      kind: kindOf(line),
      title: line.replace(/^第[一二三四五六七八九十]+部分\s*/, ''),
      titleLine: index + 1,
      year: Number(match[2]),
      subject: match[1].replace(/[（(](汇总|本级|合并)[)）]$/, '').trim(),
    };
  }
  return { kind: '部门预算', title: null, titleLine: 0, year: null, subject: null };
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

/** `大连市西岗区大数据中心` → `大连市西岗区`. */
export function regionOf(name: string): string | null {
  const match = /^((?:[^省]{2,7}省)?(?:[^市]{2,7}市)?[^区县旗市]{1,7}[区县旗])/.exec(name);
  return match ? match[1] : null;
}
