// npm run reference: the reference classification (src/domain/reference/functional-codes.json)
// from the code–name pairs the converted disclosures print (public/data/disclosures/*.json, so
// run `npm run data` first). Per code: the name most disclosures print (ties: the latest year,
// then the shorter name), the files and years that print it, and every other name printed.

import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DisclosureFile } from '../../src/domain/budget';
import type { ReferenceEntry } from '../../src/domain/reference';

const [folder = 'public/data/disclosures', out = 'src/domain/reference/functional-codes.json'] =
  process.argv.slice(2);

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

const entries: ReferenceEntry[] = [...seen.entries()]
  .sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([code, names]) => {
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

writeFileSync(out, JSON.stringify(entries, null, 1) + '\n');
console.log(`${entries.length} codes from ${folder} → ${out}`);
