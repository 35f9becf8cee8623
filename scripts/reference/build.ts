// npm run reference: the reference classification (src/domain/reference/functional-codes.json)
// from the code–name pairs the converted disclosures print (public/data/disclosures/*.json, so
// run `npm run data` first). Per code: the name most disclosures print (ties: the latest year,
// then the shorter name), the files and years that print it, and every other name printed.
// 类 that no disclosure prints as a row (documents that list only 项 codes) take their name from
// the national list below, with no files.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DisclosureFile } from '../../src/domain/budget';
import type { ReferenceEntry } from '../../src/domain/reference';

const [folder = 'public/data/disclosures', out = 'src/domain/reference/functional-codes.json'] =
  process.argv.slice(2);

// The 类 of 支出功能分类科目 as named since 2019 (财政部《政府收支分类科目》). Older years
// used other names for some (207 文化体育与传媒支出, 210 医疗卫生与计划生育支出); a printed
// name always wins over this list.
const NATIONAL_CLASSES: Record<string, string> = {
  '201': '一般公共服务支出',
  '202': '外交支出',
  '203': '国防支出',
  '204': '公共安全支出',
  '205': '教育支出',
  '206': '科学技术支出',
  '207': '文化旅游体育与传媒支出',
  '208': '社会保障和就业支出',
  '209': '社会保险基金支出',
  '210': '卫生健康支出',
  '211': '节能环保支出',
  '212': '城乡社区支出',
  '213': '农林水支出',
  '214': '交通运输支出',
  '215': '资源勘探工业信息等支出',
  '216': '商业服务业等支出',
  '217': '金融支出',
  '219': '援助其他地区支出',
  '220': '自然资源海洋气象等支出',
  '221': '住房保障支出',
  '222': '粮油物资储备支出',
  '223': '国有资本经营预算支出',
  '224': '灾害防治及应急管理支出',
  '227': '预备费',
  '229': '其他支出',
  '230': '转移性支出',
  '231': '债务还本支出',
  '232': '债务付息支出',
  '233': '债务发行费用支出',
};

const seen = new Map<string, Map<string, { files: Set<string>; years: Set<number> }>>();
for (const name of readdirSync(folder)
  .filter((n) => n.endsWith('.json'))
  .sort()) {
  const d = JSON.parse(readFileSync(join(folder, name), 'utf8')) as DisclosureFile;
  for (const row of d.functional) {
    // Names of derived rows come from this reference; only printed pairs count.
    if (!row.name || row.total?.derived || !/^2\d{2}(\d{2}){0,2}$/.test(row.code)) continue;
    const names = seen.get(row.code) ?? new Map();
    const entry = names.get(row.name) ?? { files: new Set<string>(), years: new Set<number>() };
    entry.files.add(d.id);
    if (d.year) entry.years.add(d.year);
    names.set(row.name, entry);
    seen.set(row.code, names);
  }
}

const printed: ReferenceEntry[] = [...seen.entries()].map(([code, names]) => {
  const ranked = [...names.entries()].sort(
    ([nameA, a], [nameB, b]) =>
      b.files.size - a.files.size ||
      Math.max(...b.years, 0) - Math.max(...a.years, 0) ||
      nameA.length - nameB.length ||
      (nameA < nameB ? -1 : 1),
  );
  const [[name, best], ...others] = ranked;
  return {
    code,
    name,
    files: [...best.files].sort(),
    years: [...best.years].sort(),
    variants: others.map(([variant, v]) => ({ name: variant, files: [...v.files].sort() })),
  };
});
const listed: ReferenceEntry[] = Object.entries(NATIONAL_CLASSES)
  .filter(([code]) => !seen.has(code))
  .map(([code, name]) => ({ code, name, files: [], years: [], variants: [] }));
const entries = [...printed, ...listed].sort((a, b) => (a.code < b.code ? -1 : 1));

writeFileSync(out, JSON.stringify(entries, null, 1) + '\n');
console.log(`${entries.length} codes from ${folder} → ${out}`);
