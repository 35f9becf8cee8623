// The page's entry. It holds the styles (so they stay in the HTML) and starts the app after the
// browser has painted the static header of index.html: the main chunk is already being fetched
// (modulepreload, see vite.config.ts), but executing it first would delay the first paint.

import './styles.css';
import { prefetchFromUrl } from './data/prefetch';

prefetchFromUrl(window.location.search);

requestAnimationFrame(() => {
  setTimeout(() => {
    void import('./main');
  }, 0);
});
