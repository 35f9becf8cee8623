// Embedding a chart in an article: the embed page's URL (the chart's route, pinned to the data
// versions it was made with), the iframe snippet, and the height message the embed page sends.

import { embedHrefOf, type Route } from '../state/url';

/** The only message the embed page posts to its host: `{ type, height }`. */
export const HEIGHT_MESSAGE = 'budget-explorer:height';

/** The embed's URL: its baked page where it has one (`e/<id>/201/?v=…`), else `embed.html?…`; `base` is the site's root. */
export function embedUrl(route: Route, versions: string[], base: string): string {
  return new URL(embedHrefOf({ ...route, query: '', sort: null, line: null, pinned: versions }), base).href;
}

/** The iframe and the resize script; `root` is the site's root (the resize script lives there). */
export function embedSnippet(url: string, title: string, height: number, root: string): string {
  const script = new URL('embed-resize.js', root).href;
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return (
    `<iframe src="${escape(url)}" title="${escape(title)}" data-budget-embed loading="lazy" ` +
    `sandbox="allow-scripts allow-popups" style="width:100%;max-width:760px;height:${height}px;border:0"></iframe>\n` +
    `<script src="${escape(script)}" async></script>`
  );
}

/** A height that shows the whole chart without the resize script: title, bars, source line. */
export function defaultEmbedHeight(bars: number): number {
  return 150 + bars * 30 + 60;
}
