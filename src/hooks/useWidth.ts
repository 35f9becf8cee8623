import { useCallback, useRef, useState } from 'react';

/**
 * The width of an element, kept up to date (charts draw at a fixed pixel width). A callback
 * ref, so an element that appears later (after data loads) is measured too.
 */
export function useWidth<T extends HTMLElement>(): [(element: T | null) => void, number] {
  const [width, setWidth] = useState(0);
  const observer = useRef<ResizeObserver | null>(null);
  const ref = useCallback((element: T | null) => {
    observer.current?.disconnect();
    observer.current = null;
    if (!element) return;
    setWidth(element.clientWidth);
    observer.current = new ResizeObserver(([entry]) => setWidth(Math.floor(entry.contentRect.width)));
    observer.current.observe(element);
  }, []);
  return [ref, width];
}
