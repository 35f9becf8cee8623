// A chart drawn at the width of its box. Until the box is measured — in the HTML the build bakes,
// and while the page hydrates — it is drawn twice, at a phone's width and at a wide screen's,
// each scaled to its box, and the CSS shows the one that suits the screen (`.unmeasured`).

import type { ReactElement } from 'react';

/** The chart box's width on a 375 px phone and on a wide screen (main is 1120 px at most). */
export const NARROW = 343;
export const WIDE = 1040;

export function Sized({ width, draw }: { width: number; draw: (width: number) => ReactElement }) {
  if (width > 0) return draw(width);
  return (
    <>
      <div className="unmeasured narrow">{draw(NARROW)}</div>
      <div className="unmeasured wide">{draw(WIDE)}</div>
    </>
  );
}
