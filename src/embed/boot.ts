// The embed page's entry: styles, its height reported to the host, and the decision what to run.
// - A baked embed (scripts/bake) at its own URL, made with the data it shows (`v=`), is complete
//   as it is: no app runs (its table opens natively, its links are links).
// - An old link (embed.html?…) to a chart that has a baked embed with the same data goes there.
// - Any other (embed.html?…, a 款, older data): the app draws it, after the first paint, with
//   the data the URL names already on its way (its chunks are being fetched at low priority).

import './embed.css';
import { bakedPageIn, readBakedPage } from '../data/page';
import { prefetch } from '../data/prefetch';
import { fixBase, pagePath } from '../state/page';
import { embedHrefOf, parseEmbedLocation } from '../state/url';
import { reportHeights } from './height';

fixBase();
reportHeights();
const baked = readBakedPage();
const { route } = parseEmbedLocation(pagePath(), window.location.search);
/** Whether a page made with data of this version shows what the link was made with (`v=`). */
const madeWith = (version: string | null): boolean =>
  route.pinned.length === 0 || route.pinned.join(',') === version;
const current =
  baked !== null && embedHrefOf({ ...route, pinned: [] }) === baked.href && madeWith(baked.version);

/** Draws the embed in the browser. */
function draw(): void {
  document.documentElement.classList.add('drawing');
  // The embed draws from the disclosures alone: no catalog.
  prefetch(route.selection, { catalog: false });
  requestAnimationFrame(() => {
    setTimeout(() => {
      void import('./app').then((app) => app.render());
    }, 0);
  });
}

/**
 * An old link (`embed.html?view=drill&d=x&node=201&v=…`) whose chart has a baked embed made with
 * the same data: the page goes there (it runs no app). The baked page says its version; with
 * other data, or none there, the chart is drawn here, as before.
 */
async function bakedInstead(): Promise<string | null> {
  const href = embedHrefOf(route);
  if (!href.startsWith('e/') || embedHrefOf({ ...route, pinned: [] }).includes('?')) return null;
  const response = await fetch(href);
  if (!response.ok) return null;
  const page = bakedPageIn(await response.text());
  return page && madeWith(page.version) ? href : null;
}

if (!current && baked === null) {
  bakedInstead()
    .catch(() => null)
    .then((href) => (href ? window.location.replace(href) : draw()));
} else if (!current) {
  draw();
}
