// Printed figures in a disclosure text, found by their shape alone (independent of the
// converter): amounts with decimals (`479.27`, `4, 122, 430. 72`) or thousands separators
// (`1,201`), and percentages. Used to choose what to corrupt.

export interface FigureToken {
  /** 0-based line index. */
  line: number;
  start: number;
  end: number;
  text: string;
  percentage: boolean;
}

const FIGURE = /\d{1,3}(?:[,，] ?\d{3})+(?:\. ?\d+)?|\d+\. ?\d+/g;

export function figureTokens(lines: readonly string[]): FigureToken[] {
  const tokens: FigureToken[] = [];
  lines.forEach((text, line) => {
    for (const match of text.matchAll(FIGURE)) {
      const start = match.index;
      const end = start + match[0].length;
      // Part of a longer code or date (`2025.01`, `42010425.1`) is not a figure.
      if (/[\dA-Za-z]/.test(text[start - 1] ?? '') || /[A-Za-z]/.test(text[end] ?? '')) continue;
      tokens.push({ line, start, end, text: match[0], percentage: /^\s?[%％]/.test(text.slice(end)) });
    }
  });
  return tokens;
}

/** Positions of the digits inside a token. */
export function digitPositions(token: FigureToken): number[] {
  const positions: number[] = [];
  for (let i = 0; i < token.text.length; i++) if (/\d/.test(token.text[i])) positions.push(i);
  return positions;
}
