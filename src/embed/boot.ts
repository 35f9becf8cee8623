// The embed page's entry: styles, its height reported to the host, and the decision what to run.
// - A baked embed (scripts/bake) at its own URL, made with the data it shows (`v=`), is complete
//   as it is: no app runs (its table opens natively, its links are links).
// - Any other (embed.html?…, a 款, older data): the app draws it, after the first paint, with
//   the data the URL names already on its way (its chunks are being fetched at low priority).

import './embed.css';
import { readBakedPage } from '../data/page';
import { prefetch } from '../data/prefetch';
import { fixBase, pagePath } from '../state/page';
import { embedHrefOf, parseEmbedLocation } from '../state/url';
import { reportHeights } from './height';

fixBase();
reportHeights();
const baked = readBakedPage();
const { route } = parseEmbedLocation(pagePath(), window.location.search);
const current =
  baked !== null &&
  embedHrefOf({ ...route, pinned: [] }) === baked.href &&
  (route.pinned.length === 0 || route.pinned.join(',') === baked.version);

if (!current) {
  document.documentElement.classList.add('drawing');
  // The embed draws from the disclosures alone: no catalog.
  prefetch(route.selection, { catalog: false });
  requestAnimationFrame(() => {
    setTimeout(() => {
      void import('./app').then((app) => app.render());
    }, 0);
  });
}
