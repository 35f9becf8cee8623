// Chart colours in one place (also used by CSS through custom properties of the same values).
// Chosen for contrast against white and to stay distinct for common colour-vision deficiencies.

export const COLORS = {
  basic: '#2f6f9f',
  project: '#d9822b',
  unsplit: '#8a8a8a',
  personnel: '#2f6f9f',
  publicUse: '#7bb3d6',
} as const;
