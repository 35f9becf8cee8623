// What each layout family keeps of a table. The rest of the converter asks these traits, never
// which family a source is: adding a family is one module in layout/ and one entry here.

import type { LayoutFamily } from '../../src/domain/budget';

export interface FamilyTraits {
  /** Cells are delimited on each row (tabs, one per line): the layout yields row items. */
  delimitedCells: boolean;
  /** Empty cells vanish, so a row's figures must be placed by the table's sums. */
  emptyCellsVanish: boolean;
  /** Each chunk of text carries its x-position: cells are columns by position. */
  positions: boolean;
  /** Prose wraps at the page width, so its lines join without a break (PDF). */
  proseWraps: boolean;
  /**
   * Table rows are plain lines of text, cells apart by spaces and nothing else (text exported
   * from a PDF): a line of words may sit between rows, and a cut file may end mid-table.
   */
  flatText: boolean;
}

export const FAMILY_TRAITS: Record<LayoutFamily, FamilyTraits> = {
  tabbed: {
    delimitedCells: true,
    emptyCellsVanish: false,
    positions: false,
    proseWraps: false,
    flatText: false,
  },
  'cell-per-line': {
    delimitedCells: true,
    emptyCellsVanish: false,
    positions: false,
    proseWraps: false,
    flatText: false,
  },
  'pdf-text': {
    delimitedCells: false,
    emptyCellsVanish: true,
    positions: false,
    proseWraps: true,
    flatText: true,
  },
  pdf: { delimitedCells: false, emptyCellsVanish: false, positions: true, proseWraps: true, flatText: false },
};

export function traitsOf(family: LayoutFamily): FamilyTraits {
  return FAMILY_TRAITS[family];
}
