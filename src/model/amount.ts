// An amount on screen: exact fen, and every printed figure it comes from (one for a single
// disclosure, several when disclosures are added up).

import type { Figure } from '../domain/budget';

export interface SourceRef {
  /** Disclosure id. */
  id: string;
  /** The disclosure's source file name (public/data/sources/<file>). */
  file: string;
  table: string;
  line: number;
  /** The figure of this printing, and its printed precision (fen per last digit). */
  fen: number;
  step: number;
  /** Not printed: added up from the rows below it, the first of which is at `line`. */
  derived?: true;
  /** Not printed: this year's figure less the change the narrative states at `line`. */
  fromChange?: true;
}

export interface Amount {
  fen: number;
  sources: SourceRef[];
}

export function fromFigure(figure: Figure | null | undefined, id: string, file: string): Amount | null {
  if (!figure) return null;
  const source: SourceRef = {
    id,
    file,
    table: figure.table,
    line: figure.line,
    fen: figure.fen,
    step: figure.step,
  };
  if (figure.derived) source.derived = true;
  if (figure.fromChange) source.fromChange = true;
  return { fen: figure.fen, sources: [source] };
}

/** Adds amounts; null when none is present (nothing printed anywhere). */
export function sumAmounts(amounts: readonly (Amount | null | undefined)[]): Amount | null {
  const present = amounts.filter((a): a is Amount => Boolean(a));
  if (present.length === 0) return null;
  return { fen: present.reduce((sum, a) => sum + a.fen, 0), sources: present.flatMap((a) => a.sources) };
}

/** Share as a fraction (0.25), or null when it cannot be computed. */
export function share(
  part: Amount | number | null | undefined,
  whole: Amount | number | null | undefined,
): number | null {
  const p = typeof part === 'number' ? part : part?.fen;
  const w = typeof whole === 'number' ? whole : whole?.fen;
  if (p === undefined || w === undefined || w === 0) return null;
  return p / w;
}

export const fenOf = (amount: Amount | null | undefined): number => amount?.fen ?? 0;
