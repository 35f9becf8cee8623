// A chart drawn at the width of its box. Until the box is measured — in the HTML the build bakes,
// and while the page hydrates — it is drawn twice, at a phone's width and at a wide screen's,
// each scaled to its box, and the CSS shows the one that suits the screen (`.unmeasured`).

import type { ReactElement } from 'react';

/** The chart box's width on a 375 px phone and on a wide screen (main is 1120 px at most). */
export const NARROW = 343;
export const WIDE = 1040;

export function Sized({
  width,
  draw,
  widths = [NARROW, WIDE],
}: {
  width: number;
  draw: (width: number) => ReactElement;
  /** The box's likely widths on a phone and on a wide screen (an embed's are its iframe's). */
  widths?: readonly [number, number];
}) {
  if (width > 0) return draw(width);
  return (
    <>
      <div className="unmeasured narrow">{draw(widths[0])}</div>
      <div className="unmeasured wide">{draw(widths[1])}</div>
    </>
  );
}
