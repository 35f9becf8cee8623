// Long lists render only the rows near the viewport (the page scrolls, not an inner box), with
// spacers above and below standing for the rest. Below `from` rows everything is rendered, so
// short tables stay plain (and printable, and findable with the browser's search).

import { useWindowVirtualizer } from '@tanstack/react-virtual';
import { useState } from 'react';
import { useHydrated } from '../state/hooks';

/** Rows a long list shows in a baked page and while it hydrates (no viewport to measure yet). */
const BAKED_ROWS = 30;

export interface WindowRows<E extends HTMLElement> {
  /** Indexes to render, in order. */
  indexes: number[];
  /** Space above and below the rendered rows, in px (0 when not virtual). */
  before: number;
  after: number;
  /** Put on the element the rows start in (for its offset from the top of the page). */
  anchor: (node: E | null) => void;
  /** Put on each rendered row (with `data-index`) so that its real height is used. */
  measure: (node: Element | null) => void;
  virtual: boolean;
}

export function useWindowRows<E extends HTMLElement>(
  count: number,
  estimate: number,
  from = 150,
): WindowRows<E> {
  const virtual = count >= from;
  const hydrated = useHydrated();
  const [anchorNode, setAnchorNode] = useState<E | null>(null);
  // A layout read: only for a list that is virtual (short tables are on the drill-down's hot path).
  const margin = virtual ? offsetTop(anchorNode) : 0;
  const virtualizer = useWindowVirtualizer({
    count: virtual ? count : 0,
    estimateSize: () => estimate,
    overscan: 8,
    scrollMargin: margin,
  });
  if (!virtual) {
    return {
      indexes: Array.from({ length: count }, (_, i) => i),
      before: 0,
      after: 0,
      anchor: setAnchorNode,
      measure: () => {},
      virtual: false,
    };
  }
  if (!hydrated) {
    // The first rows, the rest a spacer: the same in the build and in the first draw of the browser.
    return {
      indexes: Array.from({ length: BAKED_ROWS }, (_, i) => i),
      before: 0,
      after: (count - BAKED_ROWS) * estimate,
      anchor: setAnchorNode,
      measure: () => {},
      virtual: true,
    };
  }
  const items = virtualizer.getVirtualItems();
  const first = items[0];
  const last = items[items.length - 1];
  return {
    indexes: items.map((item) => item.index),
    before: first ? first.start - margin : 0,
    after: last ? virtualizer.getTotalSize() - (last.end - margin) : 0,
    anchor: setAnchorNode,
    measure: virtualizer.measureElement,
    virtual: true,
  };
}

export interface WindowGrid<E extends HTMLElement> {
  items: { index: number; top: number; lane: number }[];
  /** Height of the whole grid, in px. */
  height: number;
  anchor: (node: E | null) => void;
  measure: (node: Element | null) => void;
}

/** Cards in `lanes` columns, only those near the viewport rendered, each measured. */
export function useWindowGrid<E extends HTMLElement>(
  count: number,
  lanes: number,
  estimate: number,
  gap: number,
): WindowGrid<E> {
  const [anchorNode, setAnchorNode] = useState<E | null>(null);
  const margin = offsetTop(anchorNode);
  const virtualizer = useWindowVirtualizer({
    count,
    lanes: Math.max(1, lanes),
    estimateSize: () => estimate,
    gap,
    overscan: 6,
    scrollMargin: margin,
  });
  return {
    items: virtualizer
      .getVirtualItems()
      .map((item) => ({ index: item.index, top: item.start - margin, lane: item.lane })),
    height: virtualizer.getTotalSize(),
    anchor: setAnchorNode,
    measure: virtualizer.measureElement,
  };
}

/** Where the list starts on the page, read at each render (scrolling re-renders the list, so a
 * change above it is picked up at the latest on the next scroll). */
function offsetTop(node: HTMLElement | null): number {
  return node ? node.getBoundingClientRect().top + window.scrollY : 0;
}
