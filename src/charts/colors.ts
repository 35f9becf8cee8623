// Chart colours in one place (also used by CSS through custom properties of the same values).
// Chosen for contrast against white and to stay distinct for common colour-vision deficiencies.

export const COLORS = {
  basic: '#2f6f9f',
  project: '#d9822b',
  unsplit: '#8a8a8a',
  personnel: '#2f6f9f',
  publicUse: '#7bb3d6',
} as const;

/**
 * Treemap rectangles and compared departments, in turn: each dark enough for white text on it,
 * none the colour of basic (blue) or project (orange) spending, so no reader takes one for the other.
 */
export const TREEMAP_FILLS = [
  '#3f6f4f',
  '#7a5a2a',
  '#5f4f7f',
  '#8a3f6f',
  '#6f3f4f',
  '#4f6f2f',
  '#555a66',
] as const;
