// Identity from outside the document. Some disclosures print no department name (北京's table
// files are the tables only): an optional sources.csv beside the sources names it
// (file,department,region,year). The data says where the name came from; without either, a
// warning names the file and the file name stands in.

import Papa from 'papaparse';
import type { Disclosure } from '../../src/domain/budget';
import type { Issue } from '../../src/domain/issues';

export interface KnownIdentity {
  file: string;
  department: string;
  region: string | null;
  year: number | null;
  /** Line of sources.csv, for provenance. */
  line: number;
}

export function parseSourcesCsv(
  text: string,
  fileName = 'sources.csv',
): { rows: Map<string, KnownIdentity>; issues: Issue[] } {
  const rows = new Map<string, KnownIdentity>();
  const issues: Issue[] = [];
  const parsed = Papa.parse<string[]>(text.replace(/^\ufeff/, ''), { skipEmptyLines: true });
  const [header = [], ...body] = parsed.data;
  const column = (name: string): number => header.findIndex((cell) => cell.trim().toLowerCase() === name);
  const at = {
    file: column('file'),
    department: column('department'),
    region: column('region'),
    year: column('year'),
  };
  if (at.file < 0 || at.department < 0) {
    issues.push({
      severity: 'error',
      code: 'identity-missing',
      file: fileName,
      line: 1,
      table: null,
      message: 'expected a header row naming the columns file,department (and optionally region,year)',
    });
    return { rows, issues };
  }
  body.forEach((cells, index) => {
    const line = index + 2;
    const file = cells[at.file]?.trim() ?? '';
    const department = cells[at.department]?.trim() ?? '';
    const yearText = at.year >= 0 ? (cells[at.year]?.trim() ?? '') : '';
    if (!file || !department || (yearText && !/^(19|20)\d{2}$/.test(yearText))) {
      issues.push({
        severity: 'warning',
        code: 'identity-missing',
        file: fileName,
        line,
        table: null,
        message: `expected a file name, a department and an optional four-digit year, found "${cells.join(',')}"`,
      });
      return;
    }
    rows.set(file, {
      file,
      department,
      region: at.region >= 0 ? cells[at.region]?.trim() || null : null,
      year: yearText ? Number(yearText) : null,
      line,
    });
  });
  return { rows, issues };
}

/** Fills in what the document does not say from sources.csv, or else from the file name. */
export function applyKnownIdentity(disclosure: Disclosure, known: KnownIdentity | null): Disclosure {
  if (disclosure.department.name) return disclosure;
  const note = (severity: Issue['severity'], message: string): Issue => ({
    severity,
    code: 'identity-from-file',
    file: disclosure.sourceFile,
    line: 0,
    table: null,
    message,
  });
  if (known) {
    return {
      ...disclosure,
      title:
        disclosure.title ||
        `${known.department} ${known.year ?? disclosure.year ?? ''}年${disclosure.kind}`.trim(),
      department: { code: disclosure.department.code, name: known.department },
      region: known.region ?? disclosure.region,
      year: disclosure.year ?? known.year,
      identitySource: 'sources.csv',
      issues: [
        ...disclosure.issues,
        note(
          'info',
          `the document names no department; ${known.department} is taken from sources.csv line ${known.line}`,
        ),
      ],
    };
  }
  return {
    ...disclosure,
    title: disclosure.title || disclosure.id,
    department: { code: disclosure.department.code, name: disclosure.id },
    identitySource: 'file-name',
    issues: [
      ...disclosure.issues,
      note(
        'warning',
        'the document names no department and sources.csv does not list this file: the file name stands in; add a row file,department,region,year to sources.csv',
      ),
    ],
  };
}
