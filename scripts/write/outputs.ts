// Converted disclosures → the files of public/data, as a map of relative path → content.
// Deterministic: sorted, fixed key order, no timestamps; the same input gives the same bytes.

import { createHash } from 'node:crypto';
import type { ChecksFile, Disclosure, DisclosureFile } from '../../src/domain/budget';
import type { Check } from '../../src/domain/checks';
import type { Catalog, CatalogEntry, ValidationReport } from '../../src/domain/catalog';
import type { Issue } from '../../src/domain/issues';
import { CSV_COLUMNS, toCsv, type CsvName } from './csv';
import { dataPackage, downloadReadme } from './datapackage';

export interface FailedSource {
  sourceFile: string;
  issues: Issue[];
}

export function buildOutputs(
  converted: readonly Disclosure[],
  failed: readonly FailedSource[],
): Map<string, string> {
  const files = new Map<string, string>();
  const sorted = [...converted].sort((a, b) => a.id.localeCompare(b.id));
  const versions = new Map<string, string>();
  for (const disclosure of sorted) {
    const { checks, ...rest } = disclosure;
    const passed = checks.filter((c) => c.passed).length;
    const version = hash(JSON.stringify(rest)).slice(0, 10);
    versions.set(disclosure.id, version);
    const file: DisclosureFile = { ...rest, checkCount: { passed, failed: checks.length - passed }, version };
    const checksFile: ChecksFile = { id: disclosure.id, checks: failedFirst(checks) };
    files.set(`disclosures/${disclosure.id}.json`, JSON.stringify(file));
    files.set(`checks/${disclosure.id}.json`, JSON.stringify(checksFile));
  }
  const usable = sorted.filter((d) => !hasErrors(d));
  const version = hash([...files.values()].join('\n')).slice(0, 12);

  const catalog: Catalog = {
    version,
    disclosures: sorted.map((d) => catalogEntry(d, versions.get(d.id) ?? '')),
  };
  files.set('index.json', JSON.stringify(catalog, null, 1));

  const report: ValidationReport = {
    version,
    disclosures: [
      ...sorted.map((d) => ({
        id: d.id,
        sourceFile: d.sourceFile,
        status: hasErrors(d) ? ('failed' as const) : ('converted' as const),
        passed: d.checks.filter((c) => c.passed).length,
        failed: d.checks.filter((c) => !c.passed).length,
        checks: failedFirst(d.checks),
        issues: d.issues,
      })),
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

  for (const name of Object.keys(CSV_COLUMNS) as CsvName[]) files.set(`csv/${name}.csv`, toCsv(name, usable));
  files.set('csv/datapackage.json', dataPackage(version));
  files.set('csv/README.md', downloadReadme(usable, version));
  return files;
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
    layout: d.layout,
    status: hasErrors(d) ? 'failed' : 'converted',
    expenditure: { total: d.expenditure.total, basic: d.expenditure.basic, project: d.expenditure.project },
    income: d.income.total,
    subUnits: d.units.flatMap((u) => (!u.isDepartment && u.code ? [{ code: u.code, name: u.name }] : [])),
    projects: d.projects.length,
    checks: { passed: d.checks.length - failedChecks, failed: failedChecks },
    issues: {
      errors: d.issues.filter((i) => i.severity === 'error').length,
      warnings: d.issues.filter((i) => i.severity === 'warning').length,
    },
    version,
  };
}
