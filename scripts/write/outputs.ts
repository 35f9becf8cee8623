// Converted disclosures → the files of public/data, as a map of relative path → content.
// Deterministic: sorted, fixed key order, no timestamps; the same input gives the same bytes.

import { createHash } from 'node:crypto';
import type { ChecksFile, Disclosure, DisclosureFile } from '../../src/domain/budget';
import type { Check } from '../../src/domain/checks';
import {
  PROJECT_SHARD_SIZE,
  type Catalog,
  type CatalogEntry,
  type ProjectIndexRow,
  type ProjectShard,
  type ValidationReport,
} from '../../src/domain/catalog';
import type { Issue } from '../../src/domain/issues';
import { CSV_NAMES, csvHeader, csvLines, SERIES_CSV, seriesCsv, type CsvName } from './csv';
import { dataPackage, downloadReadme } from './datapackage';
import type { YearsInput } from '../../src/domain/years';
import { yearsOutputs } from '../years';

export interface FailedSource {
  sourceFile: string;
  issues: Issue[];
}

/**
 * What one disclosure contributes: its own files (written as soon as it is converted, by
 * whichever process converted it) and the small parts the shared files are assembled from.
 */
export interface DisclosureOutput {
  id: string;
  files: [string, string][];
  entry: CatalogEntry;
  report: ValidationReport['disclosures'][number];
  /** CSV lines (no header) per extract; empty when the disclosure failed (left out of the sums). */
  csv: Record<CsvName, string[]>;
  /** `department year`, for the download README. */
  label: string;
  /** Hash of everything written for it (data and checks), for the catalog's version. */
  digest: string;
  /** Its rows of the projects index (none when it failed). */
  projects: ProjectIndexRow[];
  /** What linking it across years needs (null when it failed). */
  years: YearsInput | null;
}

export function disclosureOutput(disclosure: Disclosure): DisclosureOutput {
  const { checks, ...rest } = disclosure;
  const passed = checks.filter((c) => c.passed).length;
  const version = hash(JSON.stringify(rest)).slice(0, 10);
  const file: DisclosureFile = { ...rest, checkCount: { passed, failed: checks.length - passed }, version };
  const checksFile: ChecksFile = { id: disclosure.id, checks: failedFirst(checks) };
  const checksJson = JSON.stringify(checksFile);
  const usable = !hasErrors(disclosure);
  const csv = Object.fromEntries(
    CSV_NAMES.map((name) => [name, usable ? csvLines(name, [disclosure]) : []]),
  ) as Record<CsvName, string[]>;
  return {
    id: disclosure.id,
    files: [
      [`disclosures/${disclosure.id}.json`, JSON.stringify(file)],
      [`checks/${disclosure.id}.json`, checksJson],
    ],
    // The catalog's version of a disclosure covers its checks too.
    entry: catalogEntry(disclosure, version),
    report: {
      id: disclosure.id,
      sourceFile: disclosure.sourceFile,
      status: usable ? 'converted' : 'failed',
      passed,
      failed: checks.length - passed,
      checks: checks.filter((c) => !c.passed),
      issues: disclosure.issues,
    },
    csv,
    label: `${disclosure.department.name} ${disclosure.year ?? ''}`.trim(),
    digest: hash(`${version} ${hash(checksJson)}`).slice(0, 16),
    years: usable ? yearsInput(disclosure) : null,
    projects: usable
      ? disclosure.projects.map((p) => [
          disclosure.id,
          p.code,
          p.name,
          p.unitName,
          p.amount.fen,
          p.amount.step,
          p.amount.table,
          p.amount.line,
          p.fundingSource,
        ])
      : [],
  };
}

/** The shared files: catalog, validation report, CSV extracts with their data package. */
export function assembleOutputs(
  parts: readonly DisclosureOutput[],
  failed: readonly FailedSource[],
): Map<string, string> {
  const sorted = [...parts].sort((a, b) => a.id.localeCompare(b.id));
  const files = new Map<string, string>();
  const version = hash(
    sorted.map((p) => `${p.id} ${p.entry.version} ${hash(p.files[1][1])}`).join('\n'),
  ).slice(0, 12);
  const shards: ProjectShard[] = [];
  for (let start = 0; start < sorted.length; start += PROJECT_SHARD_SIZE) {
    shards.push({ rows: sorted.slice(start, start + PROJECT_SHARD_SIZE).flatMap((p) => p.projects) });
  }
  shards.forEach((shard, n) => files.set(`projects/${n}.json`, JSON.stringify(shard)));
  const years = yearsOutputs(sorted.flatMap((p) => (p.years ? [p.years] : [])));
  for (const [path, content] of years.files) files.set(path, content);
  const catalog: Catalog = {
    version,
    disclosures: sorted.map((p) => {
      const lineage = years.lineages.get(p.id);
      return lineage ? { ...p.entry, lineage } : p.entry;
    }),
    projectShards: shards.length,
  };
  files.set('index.json', JSON.stringify(catalog, null, 1));

  const crossYear = years.checks;
  const report: ValidationReport = {
    version,
    years: {
      passed: crossYear.filter((c) => c.check.passed).length,
      failed: crossYear.filter((c) => !c.check.passed).length,
      checks: crossYear.filter((c) => !c.check.passed),
    },
    disclosures: [
      ...sorted.map((p) => p.report),
      ...[...failed]
        .sort((a, b) => a.sourceFile.localeCompare(b.sourceFile))
        .map((f) => ({
          id: null,
          sourceFile: f.sourceFile,
          status: 'failed' as const,
          passed: 0,
          failed: 0,
          checks: [],
          issues: f.issues,
        })),
    ],
  };
  files.set('validation.json', JSON.stringify(report));

  for (const name of CSV_NAMES) {
    const lines = [csvHeader(name), ...sorted.flatMap((p) => p.csv[name])];
    files.set(`csv/${name}.csv`, '\ufeff' + lines.join('\r\n') + '\r\n');
  }
  files.set(`csv/${SERIES_CSV}.csv`, seriesCsv(years.departments));
  files.set('csv/datapackage.json', dataPackage(version));
  const usable = sorted.filter((p) => p.report.status === 'converted').map((p) => p.label);
  files.set('csv/README.md', downloadReadme(usable, version));
  return files;
}

/** Every file, in memory: the per-disclosure files and the shared ones. */
export function buildOutputs(
  converted: readonly Disclosure[],
  failed: readonly FailedSource[],
): Map<string, string> {
  const parts = [...converted].sort((a, b) => a.id.localeCompare(b.id)).map(disclosureOutput);
  const files = new Map(parts.flatMap((p) => p.files));
  for (const [path, content] of assembleOutputs(parts, failed)) files.set(path, content);
  return files;
}

function yearsInput(d: Disclosure): YearsInput {
  return {
    id: d.id,
    year: d.year,
    region: d.region,
    kind: d.kind,
    department: d.department,
    functionalScope: d.functionalScope,
    expenditure: d.expenditure,
    income: d.income,
    functional: d.functional,
    sanGong: d.sanGong,
    statedChanges: d.statedChanges,
    priorYear: d.priorYear,
  };
}

function failedFirst(checks: readonly Check[]): Check[] {
  return [...checks].sort((a, b) => Number(a.passed) - Number(b.passed));
}

export function hasErrors(disclosure: Disclosure): boolean {
  return disclosure.issues.some((issue) => issue.severity === 'error');
}

const hash = (text: string): string => createHash('sha256').update(text).digest('hex');

function catalogEntry(d: Disclosure, version: string): CatalogEntry {
  const failedChecks = d.checks.filter((c) => !c.passed).length;
  return {
    id: d.id,
    title: d.title,
    year: d.year,
    region: d.region,
    department: d.department,
    parent: d.parent,
    sourceFile: d.sourceFile,
    text: d.text,
    kind: d.kind,
    identitySource: d.identitySource,
    layout: d.layout,
    status: hasErrors(d) ? 'failed' : 'converted',
    expenditure: { total: d.expenditure.total, basic: d.expenditure.basic, project: d.expenditure.project },
    income: d.income.total,
    subUnits: d.units.flatMap((u) => (!u.isDepartment && u.code ? [{ code: u.code, name: u.name }] : [])),
    projects: d.projects.length,
    checks: {
      passed: d.checks.length - failedChecks,
      failed: failedChecks,
      roundingTails: d.checks.filter((c) => !c.passed && c.roundingTail).length,
    },
    issues: {
      errors: d.issues.filter((i) => i.severity === 'error').length,
      warnings: d.issues.filter((i) => i.severity === 'warning').length,
    },
    version,
  };
}
