// npm run bench:years — the computations of change between years at 2,000 disclosures (numbers,
// not verdicts): linking the disclosures as departments and writing each one's series (build
// time), and what the explorer works out when a page shows a disclosure — its previous year in
// the catalog, last year's figures, the biggest changes, the series table and chart
// [≤ 50 ms p95]. The 2,000 are 500 departments × 4 years made from the converted disclosures
// (public/data), their figures grown 5 % a year; the reference, measured in the same run, is
// JSON.parse of the same disclosure file (what the app does anyway to show it).

import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { DisclosureFile } from '../src/domain/budget';
import type { CatalogEntry } from '../src/domain/catalog';
import type { DepartmentYears, YearsInput } from '../src/domain/years';
import { biggestChanges, previousYear } from '../src/model/change';
import { seriesBars, seriesTable } from '../src/model/years';
import { yearsOutputs } from '../scripts/years';
import { writeReport } from './report';
import { median } from '../scripts/tools/stats';

const DEPARTMENTS = 500;
const YEARS = [2020, 2021, 2022, 2023];
const folder = 'public/data/disclosures';
const templates = readdirSync(folder).map((f) => readFileSync(join(folder, f), 'utf8'));

/** A template's JSON with its money grown by `factor` (every `fen` field), as another department and year. */
function synthetic(k: number, year: number): string {
  const factor = 1 + 0.05 * (year - YEARS[0]);
  const d = JSON.parse(templates[k % templates.length], (key, value) =>
    key === 'fen' && typeof value === 'number' ? Math.round(value * factor) : value,
  ) as DisclosureFile;
  return JSON.stringify({
    ...d,
    id: `syn-${k}-${year}`,
    year,
    region: `合成市${k % 50}区`,
    department: { code: String(100 + (k % 900)), name: `合成市${k % 50}区第${k}部门` },
    priorYear: d.priorYear ? { ...d.priorYear, year: year - 1 } : null,
  });
}

const files = Array.from({ length: DEPARTMENTS }, (_, k) => YEARS.map((y) => synthetic(k, y))).flat();
const inputs = files.map((f) => JSON.parse(f) as YearsInput);
console.log(`${inputs.length} disclosures, ${DEPARTMENTS} departments × ${YEARS.length} years`);

// Build time: link and write every department.
const buildRuns = Array.from({ length: 5 }, () => {
  const started = performance.now();
  const out = yearsOutputs(inputs);
  return { ms: performance.now() - started, out };
});
const out = buildRuns[0].out;
const buildMs = median(buildRuns.map((r) => r.ms));
console.log(`link + series of ${out.departments.length} departments: ${buildMs.toFixed(0)} ms (median of 5)`);

// The catalog the explorer holds: each entry with its link.
const catalog = inputs.map((d) => ({
  id: d.id,
  year: d.year,
  lineage: out.lineages.get(d.id),
})) as CatalogEntry[];
const byKey = new Map<string, DepartmentYears>(out.departments.map((y) => [y.key, y]));

const page: number[] = [];
const reference: number[] = [];
for (const [i, file] of files.entries()) {
  const t0 = performance.now();
  const d = JSON.parse(file) as DisclosureFile;
  const t1 = performance.now();
  // What a department page or a drill-down works out for one disclosure (its own parse and the
  // previous year's, the app's fetches, are not counted).
  const key = catalog.find((e) => e.id === d.id)?.lineage?.key;
  const previousId = catalog.find((e) => e.lineage?.key === key && e.year === (d.year ?? 0) - 1)?.id;
  const t2 = performance.now();
  const previousFile = previousId ? (JSON.parse(files[i - 1]) as DisclosureFile) : null;
  const t3 = performance.now();
  const previous = previousYear(d, previousFile);
  if (previous) biggestChanges(d, previous);
  const years = key ? byKey.get(key) : undefined;
  if (years) {
    seriesBars(seriesTable(years), 1_000_000);
  }
  const t4 = performance.now();
  reference.push(t1 - t0);
  page.push(t2 - t1 + (t4 - t3));
}
const p95 = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length * 0.95)];
const result = {
  machine: `${process.platform} ${process.arch}, ${availableParallelism()} cores, node ${process.version}`,
  disclosures: inputs.length,
  departments: out.departments.length,
  buildMedianMs: Math.round(buildMs),
  buildFiles: out.files.size,
  buildKB: Math.round([...out.files.values()].reduce((sum, f) => sum + f.length, 0) / 1024),
  page: { medianMs: +median(page).toFixed(2), p95Ms: +p95(page).toFixed(2) },
  reference: { medianMs: +median(reference).toFixed(2), p95Ms: +p95(reference).toFixed(2) },
};
console.log(
  `per page: ${result.page.medianMs} ms median, ${result.page.p95Ms} ms p95 [≤ 50]; JSON.parse of the disclosure: ${result.reference.medianMs} ms median, ${result.reference.p95Ms} ms p95`,
);
const path = 'bench/results.json';
const all = existsSync(path) ? JSON.parse(readFileSync(path, 'utf8')) : {};
all.years = result;
writeFileSync(path, JSON.stringify(all, null, 2) + '\n');
writeReport();
