// One list of projects across disclosures, and search over it.

import type { CatalogEntry, ProjectIndexRow } from '../domain/catalog';
import { fromFigure, type Amount } from './amount';
import { fold, search } from './search';

export interface ProjectRow {
  key: string;
  disclosureId: string;
  /** Its place (1-based) in its disclosure's project list: the project page's `p=`. */
  position: number;
  department: string;
  year: number | null;
  code: string | null;
  name: string;
  unit: string | null;
  amount: Amount;
  fundingSource: string | null;
  /** Name, code, department, unit and funding source, folded for search (computed once). */
  haystack: string;
}

/** Rows of the projects index (`projects/<n>.json`), named with the catalog's departments. */
export function projectRowsFromIndex(
  rows: readonly ProjectIndexRow[],
  entries: ReadonlyMap<string, CatalogEntry>,
): ProjectRow[] {
  const seen = new Map<string, number>();
  return rows.flatMap(([id, code, name, unit, fen, step, table, line, fundingSource], index) => {
    const position = (seen.get(id) ?? 0) + 1;
    seen.set(id, position);
    const entry = entries.get(id);
    if (!entry) return [];
    return [
      withHaystack({
        key: `${id}:${code ?? `#${index}`}`,
        disclosureId: id,
        position,
        department: entry.department.name,
        year: entry.year,
        code,
        name,
        unit,
        amount: fromFigure({ fen, step, table, line }, id, entry.sourceFile) as Amount,
        fundingSource,
      }),
    ];
  });
}

/** A row with its search text. */
export function withHaystack(row: Omit<ProjectRow, 'haystack'>): ProjectRow {
  const haystack = fold(
    [row.name, row.code ?? '', row.department, row.unit ?? '', row.fundingSource ?? ''].join(' '),
  );
  return { ...row, haystack };
}

/** Every word of the query must appear in the project's name, code, department or unit. */
export function searchProjects(rows: readonly ProjectRow[], query: string): ProjectRow[] {
  return search(rows, query, (row) => row.haystack, { folded: true });
}
