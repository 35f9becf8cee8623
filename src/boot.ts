// The page's entry: the styles, and the decision what to run.
// - A baked page (scripts/bake) at its own URL is already drawn: nothing runs until the reader
//   does something with it (wake.ts), then the app hydrates it.
// - Any other URL (a state with no page of its own: a 款, English, a comparison, the dev
//   server) is drawn in the browser: the HTML's content is set aside and the app renders,
//   after the first paint, with the data the URL names already on its way.

import './styles.css';
import { readBakedPage } from './data/page';
import { prefetch } from './data/prefetch';
import { fixBase, pagePath } from './state/page';
import { hrefOf, parseLocation } from './state/url';
import { followHashLinks, whenReaderActs } from './wake';

fixBase();
followHashLinks();
const baked = readBakedPage();
const { route, notices } = parseLocation(pagePath(), window.location.search);

if (baked && hrefOf(route) === baked.href) {
  // A URL with something the page cannot use (`?foo=1`) hydrates at once: the app says what.
  whenReaderActs(() => import('./main').then((app) => app.hydrate(baked)), { now: notices.length > 0 });
} else {
  document.documentElement.classList.add('drawing');
  prefetch(route.selection);
  requestAnimationFrame(() => {
    setTimeout(() => {
      void import('./main').then((app) => app.render());
    }, 0);
  });
}
