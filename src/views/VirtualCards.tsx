// The overview's cards when there are hundreds: laid out in as many columns as fit (as the
// CSS grid of short lists does), only those near the viewport rendered, each measured.

import type { ReactNode } from 'react';
import type { CatalogEntry } from '../domain/catalog';
import { useWidth } from '../hooks/useWidth';
import { useWindowGrid } from '../tables/virtual';

/** As in styles.css: `.cards { grid-template-columns: repeat(auto-fill, minmax(300px, 1fr)); gap: 12px }`. */
const MIN_WIDTH = 300;
const GAP = 12;

export default function VirtualCards({
  entries,
  render,
}: {
  entries: CatalogEntry[];
  render: (entry: CatalogEntry) => ReactNode;
}) {
  const [box, width] = useWidth<HTMLUListElement>();
  const lanes = Math.max(1, Math.floor((width + GAP) / (MIN_WIDTH + GAP)));
  const grid = useWindowGrid<HTMLUListElement>(entries.length, lanes, 190, GAP);
  const laneWidth = (width - (lanes - 1) * GAP) / lanes;
  return (
    <ul
      className="cards virtual"
      ref={(node) => {
        box(node);
        grid.anchor(node);
      }}
      style={{ height: grid.height }}
    >
      {grid.items.map(({ index, top, lane }) => {
        const entry = entries[index];
        return (
          <li
            key={entry.id}
            className="card"
            data-index={index}
            ref={grid.measure}
            style={{ top, left: lane * (laneWidth + GAP), width: laneWidth }}
          >
            {render(entry)}
          </li>
        );
      })}
    </ul>
  );
}
