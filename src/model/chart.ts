// Chart rows, before any drawing: the largest items are drawn, the rest are listed so that
// small items stay legible instead of becoming slivers.

import type { DrillRow } from './tree';

export interface BarDatum {
  code: string;
  name: string;
  /** In the display unit; for drawing only (figures shown as text come from fen). */
  basic: number;
  project: number;
  /** Where the disclosure does not split the item into basic and project. */
  unsplit: number;
  total: number;
}

export function chartRows(
  rows: readonly DrillRow[],
  fenPerUnit: number,
  nameOf: (code: string, name: string) => string = (_, name) => name,
  max = 10,
): { bars: BarDatum[]; hidden: DrillRow[] } {
  const sorted = [...rows].sort((a, b) => (b.node.total?.fen ?? 0) - (a.node.total?.fen ?? 0));
  const largest = sorted[0]?.node.total?.fen ?? 0;
  // Beyond `max` bars, or under 0.5% of the largest, a bar is too thin to read.
  const drawn = sorted.filter((row, index) => index < max && (row.node.total?.fen ?? 0) >= largest * 0.005);
  const hidden = sorted.filter((row) => !drawn.includes(row));
  return {
    bars: drawn.map(({ node }) => {
      const total = node.total?.fen ?? 0;
      const split = node.basic !== null || node.project !== null;
      const basic = node.basic?.fen ?? 0;
      const project = node.project?.fen ?? 0;
      return {
        code: node.code,
        name: nameOf(node.code, node.name),
        total: total / fenPerUnit,
        basic: basic / fenPerUnit,
        project: project / fenPerUnit,
        unsplit: (split ? Math.max(0, total - basic - project) : total) / fenPerUnit,
      };
    }),
    hidden,
  };
}

/**
 * A chart's source line: who published the figures, for which year(s), from which tables
 * (those the drawn column's figures were read from). `aggregate` names several disclosures.
 */
export function chartSource(
  disclosures: readonly { department: { name: string }; year: number | null }[],
  rows: readonly DrillRow[],
  column: 'total' | 'basic',
  aggregate: string,
): { department: string; year: string; tables: string } {
  return {
    department: disclosures.length === 1 ? disclosures[0].department.name : aggregate,
    year: [...new Set(disclosures.map((d) => d.year ?? ''))].join('、'),
    tables: [...new Set(rows.flatMap((r) => r.node[column]?.sources.map((s) => s.table) ?? []))].join('、'),
  };
}
