// The embed page's entry: styles, the data the URL names, then the app after the first paint (as src/boot.ts does for the
// explorer; the app's chunks are already being fetched at low priority).

import './embed.css';
import { prefetch } from '../data/prefetch';
import { parseRoute } from '../state/url';

// The embed draws from the disclosures alone: no catalog.
prefetch(parseRoute(window.location.search).route.selection, { catalog: false });

requestAnimationFrame(() => {
  setTimeout(() => {
    void import('./app');
  }, 0);
});
