// The page's entry: the styles, and the decision what to run.
// - A baked page (scripts/bake) at its own URL is already drawn: nothing runs until the reader
//   does something with it (wake.ts), then the app hydrates it.
// - A source text's link to one line (`d/<id>/source/?line=44`) is its baked page scrolled to that
//   line: the app hydrates it at once, then marks the line and the cited figure.
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

const wholeText = { ...route, line: null, cite: null };

if (baked && hrefOf(route) === baked.href) {
  // A URL with something the page cannot use (`?foo=1`) hydrates at once: the app says what.
  whenReaderActs(() => import('./main').then((app) => app.hydrate(baked)), { now: notices.length > 0 });
} else if (baked && route.view === 'source' && route.line !== null && hrefOf(wholeText) === baked.href) {
  document.getElementById(`L${route.line}`)?.scrollIntoView({ block: 'center' });
  whenReaderActs(() => import('./main').then((app) => app.hydrate(baked, wholeText)), { now: true });
} else {
  document.documentElement.classList.add('drawing');
  prefetch(route.selection);
  requestAnimationFrame(() => {
    setTimeout(() => {
      void import('./main').then((app) => app.render());
    }, 0);
  });
}
