// One list of projects across disclosures, and search over it.

import type { DisclosureFile } from '../domain/budget';
import { fromFigure, type Amount } from './amount';

export interface ProjectRow {
  key: string;
  disclosureId: string;
  department: string;
  year: number | null;
  code: string | null;
  name: string;
  unit: string | null;
  amount: Amount;
  fundingSource: string | null;
}

export function projectRows(disclosures: readonly DisclosureFile[]): ProjectRow[] {
  return disclosures.flatMap((d) =>
    d.projects.map((p, index) => ({
      key: `${d.id}:${p.code ?? index}`,
      disclosureId: d.id,
      department: d.department.name,
      year: d.year,
      code: p.code,
      name: p.name,
      unit: p.unitName,
      amount: fromFigure(p.amount, d.id, d.sourceFile) as Amount,
      fundingSource: p.fundingSource,
    })),
  );
}

const fold = (text: string): string => text.normalize('NFKC').toLowerCase().replace(/\s+/g, '');

/** Every word of the query must appear in the project's name, code, department or unit. */
export function searchProjects(rows: readonly ProjectRow[], query: string): ProjectRow[] {
  const words = query.split(/\s+/).map(fold).filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const haystack = fold(
      [row.name, row.code ?? '', row.department, row.unit ?? '', row.fundingSource ?? ''].join(' '),
    );
    return words.every((word) => haystack.includes(word));
  });
}
