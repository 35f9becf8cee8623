// The embed page tells its host how tall its content is (the host's embed-resize.js sets the
// iframe's height), now and whenever it changes. The content element, not the document: a
// document is never shorter than its iframe.

import { HEIGHT_MESSAGE } from '../publish/embed';

function reportHeight(): void {
  const content = document.getElementById('embed');
  if (window.parent === window || !content) return;
  window.parent.postMessage(
    { type: HEIGHT_MESSAGE, height: Math.ceil(content.getBoundingClientRect().height) },
    '*',
  );
}

/** Reports the height, then again on every change of it. */
export function reportHeights(): void {
  const content = document.getElementById('embed');
  reportHeight();
  if (content) new ResizeObserver(reportHeight).observe(content);
}
