// What a grid is: a table's header and its rows of labels and values, as every layout family's
// reader (grid.ts for cells and flat text, positioned.ts for PDF positions) produces it.

export interface ValueCell {
  text: string;
  /** Index among the table's value columns, or null when the layout lost empty cells. */
  pos: number | null;
  /** Line the value is printed on. */
  line: number;
}

export interface GridRow {
  line: number;
  /** Label cells in order (tab/Word), or one joined label (PDF). Names are wrap-cleaned. */
  labels: string[];
  values: ValueCell[];
}

export interface Grid {
  /** Header rows (cells), for reading column semantics. */
  header: string[][];
  /** All header words joined, spaces removed: the text schema rules look at. */
  headerText: string;
  labelCount: number;
  rows: GridRow[];
  /** True when value positions are unknown (PDF text). */
  compact: boolean;
  /** True when each value's column is known from its position on the page (positioned PDF). */
  positioned?: boolean;
  /**
   * True when each row is one combination of several classifications (`2010501-行政运行 |
   * 50101-工资奖金津补贴 | 30101-基本工资 | 3,702.21`): the rows are labelled by the first and
   * add up to it, so rows with the same code are one 项 printed in parts.
   */
  crossClassified?: boolean;
}
