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
  separator = '、',
): { department: string; year: string; tables: string } {
  return {
    department: disclosures.length === 1 ? disclosures[0].department.name : aggregate,
    year: [...new Set(disclosures.map((d) => d.year ?? ''))].join(separator),
    tables: [...new Set(rows.flatMap((r) => r.node[column]?.sources.map((s) => s.table) ?? []))].join(
      separator,
    ),
  };
}

/** Width of a text in px, estimated: CJK characters are 1 em, Latin letters and digits about 0.6 em. */
export function textWidth(text: string, fontSize: number): number {
  let em = 0;
  for (const char of text) em += /[\u2E80-\uFFEF]/u.test(char) ? 1 : 0.6;
  return em * fontSize;
}

/**
 * A label in at most `lines` lines of at most `width` px: words (and CJK characters) wrap, and
 * only a label too long for all its lines is cut, with an ellipsis.
 */
export function wrapLabel(text: string, width: number, fontSize: number, lines = 2): string[] {
  const out: string[] = [];
  let line = '';
  // CJK characters wrap anywhere; Latin words wrap between words (a word too long for a line, anywhere).
  const tokens = (text.match(/[\u2E80-\uFFEF]|[^\s\u2E80-\uFFEF]+\s*|\s+/gu) ?? []).flatMap((token) =>
    textWidth(token.trim(), fontSize) > width ? [...token] : [token],
  );
  for (const token of tokens) {
    if (textWidth((line + token).trimEnd(), fontSize) > width && line) {
      out.push(line.trimEnd());
      line = '';
      if (out.length === lines) break;
    }
    line += line === '' ? token.trimStart() : token;
  }
  if (out.length < lines) {
    if (line) out.push(line);
    return out;
  }
  // Too long: the last line ends with an ellipsis.
  let last = out[lines - 1];
  while (last.length > 1 && textWidth(`${last}…`, fontSize) > width) last = last.slice(0, -1);
  out[lines - 1] = `${last}…`;
  return out;
}

export interface TreemapItem {
  [key: string]: unknown;
  code: string;
  name: string;
  /** In the display unit. */
  value: number;
  drills: boolean;
}

/** Every item with spending, largest first, for the treemap (no item is left out for being small). */
export function treemapItems(
  rows: readonly DrillRow[],
  fenPerUnit: number,
  nameOf: (code: string, name: string) => string = (_, name) => name,
): TreemapItem[] {
  return rows
    .filter((row) => (row.node.total?.fen ?? 0) > 0)
    .sort((a, b) => (b.node.total?.fen ?? 0) - (a.node.total?.fen ?? 0))
    .map((row) => ({
      code: row.node.code,
      name: `${row.node.code} ${nameOf(row.node.code, row.node.name)}`,
      value: (row.node.total?.fen ?? 0) / fenPerUnit,
      drills: row.hasChildren,
    }));
}
