// Which disclosures are the same department in different years: the same region, kind and name
// (width, spaces, 中国共产党/中共 and a trailing （汇总）/（本级） set aside); failing that, the same
// code, or a name that differs by a renaming (one contains the other, or two characters apart).
// Those links are kept but marked unsure, with the two names. Two disclosures of one year never
// link.

import type { YearsInput } from '../../src/domain/years';

export interface Lineage {
  key: string;
  name: string;
  region: string | null;
  members: { input: YearsInput; unsure: string | null }[];
}

/** A department's name for linking: width, spaces, 中国共产党/中共 and a trailing （汇总）/（本级） set aside. */
export function departmentKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/\s/g, '')
    .replace(/^中国共产党/, '中共')
    .replace(/[(（](汇总|本级|部门)[)）]$/, '');
}

export function linkLineages(inputs: readonly YearsInput[]): Lineage[] {
  const groups = new Map<string, YearsInput[]>();
  for (const input of inputs) {
    if (input.year === null || !input.department.name) continue;
    // One disclosure per year: a second of the same year (a re-publication) is a department of its own.
    let key = `${input.region ?? ''}|${input.kind}|${departmentKey(input.department.name)}`;
    for (let n = 2; groups.get(key)?.some((g) => g.year === input.year); n++)
      key = `${key.replace(/#\d+$/, '')}#${n}`;
    groups.set(key, [...(groups.get(key) ?? []), input]);
  }
  const lineages: Lineage[] = [...groups.entries()].map(([key, group]) => {
    const sorted = [...group].sort((a, b) => (a.year ?? 0) - (b.year ?? 0));
    const latest = sorted[sorted.length - 1];
    return {
      key,
      name: latest.department.name,
      region: latest.region,
      members: sorted.map((input) => ({ input, unsure: null })),
    };
  });
  return mergeRenamed(lineages).sort((a, b) => a.key.localeCompare(b.key));
}

/** Lineages of one region and kind whose years do not overlap and whose names say they are one. */
function mergeRenamed(lineages: Lineage[]): Lineage[] {
  const byPlace = new Map<string, Lineage[]>();
  for (const lineage of lineages) {
    const place = lineage.key.split('|').slice(0, 2).join('|');
    byPlace.set(place, [...(byPlace.get(place) ?? []), lineage]);
  }
  const result: Lineage[] = [];
  for (const group of byPlace.values()) {
    const open = [...group];
    while (open.length) {
      const lineage = open.shift()!;
      for (let i = 0; i < open.length; i++) {
        const other = open[i];
        const reason = renamed(lineage, other);
        if (!reason) continue;
        lineage.members = [...lineage.members, ...other.members.map((m) => ({ ...m, unsure: reason }))].sort(
          (a, b) => (a.input.year ?? 0) - (b.input.year ?? 0),
        );
        lineage.name = lineage.members[lineage.members.length - 1].input.department.name;
        open.splice(i, 1);
        i = -1;
      }
      result.push(lineage);
    }
  }
  return result;
}

function renamed(a: Lineage, b: Lineage): string | null {
  const years = new Set(a.members.map((m) => m.input.year));
  if (b.members.some((m) => years.has(m.input.year))) return null;
  // Named earlier year first.
  const [first, second] = (a.members[0].input.year ?? 0) <= (b.members[0].input.year ?? 0) ? [a, b] : [b, a];
  const aName = first.members[0].input.department;
  const bName = second.members[0].input.department;
  const [x, y] = [departmentKey(aName.name), departmentKey(bName.name)];
  if (aName.code && aName.code === bName.code)
    return `编码同为 ${aName.code}，名称不同：${aName.name} / ${bName.name}`;
  const short = x.length <= y.length ? x : y;
  const long = x.length <= y.length ? y : x;
  if (short.length >= 4 && long.includes(short)) return `名称相近：${aName.name} / ${bName.name}`;
  if (Math.min(x.length, y.length) >= 6 && distance(x, y) <= 2)
    return `名称相近：${aName.name} / ${bName.name}`;
  return null;
}

/** Edit distance between two short names. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++)
      current[j] = Math.min(
        previous[j] + 1,
        current[j - 1] + 1,
        previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    previous = current;
  }
  return previous[b.length];
}
