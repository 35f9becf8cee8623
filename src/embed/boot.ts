// The embed page's entry: styles, the data the URL names, then the app after the first paint (as src/boot.ts does for the
// explorer; the app's chunks are already being fetched at low priority).

import './embed.css';
import { prefetchFromUrl } from '../data/prefetch';

prefetchFromUrl(window.location.search);

requestAnimationFrame(() => {
  setTimeout(() => {
    void import('./app');
  }, 0);
});
