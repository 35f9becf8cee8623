// The page's entry: the styles, and the decision what to run.
// - A baked page (scripts/bake) at its own URL is already drawn: nothing runs until the reader
//   does something with it (wake.ts), then the app hydrates it.
// - A node below a page's own (`d/<id>/201/?node=20103`) is drawn from that page: the app
//   hydrates it at once, then moves to the node. A line of a source text (`d/<id>/source/?line=44`)
//   is its page: opened at the line's anchor (#L44, as links give it), the browser has scrolled
//   there and marked it, and the app waits for the reader; without it, the app goes there at once.
// - Any other URL (a state with no page of its own: English, a comparison, the dev server) is
//   drawn in the browser: the HTML's content is set aside (index.html's inline script hid it
//   from the first paint) and the app renders, with the data and the view's code on their way.

import './styles.css';
import { readBakedPage } from './data/page';
import { prefetch } from './data/prefetch';
import { fixBase, pagePath } from './state/page';
import { bakedBase, hrefOf, parseLocation } from './state/url';
import { loadView } from './views/code';
import { followHashLinks, whenReaderActs } from './wake';

fixBase();
followHashLinks();
const baked = readBakedPage();
const { route, notices } = parseLocation(pagePath(), window.location.search);

const base = bakedBase(route);
const classes = document.documentElement.classList;

if (baked && hrefOf(route) === baked.href) {
  // index.html's first script hid the content of an address that only looked different.
  classes.remove('drawing', 'moving');
  // A URL with something the page cannot use (`?foo=1`) hydrates at once: the app says what.
  whenReaderActs(() => import('./main').then((app) => app.hydrate(baked)), { now: notices.length > 0 });
} else if (baked && base && hrefOf(base) === baked.href) {
  // A node below the page's stays out of sight (.moving, from index.html) until the app is there.
  classes.remove('drawing');
  // A line whose link names its anchor (#L44) is scrolled to and marked by the browser: the app
  // (which marks the cited figure) can wait for the reader. Without it, the page goes there.
  const atAnchor = route.line !== null && window.location.hash === `#L${route.line}`;
  if (route.line !== null && !atAnchor) {
    document.getElementById(`L${route.line}`)?.scrollIntoView({ block: 'center' });
  }
  whenReaderActs(
    () =>
      import('./main')
        .then((app) => app.hydrate(baked, base))
        .catch((error: unknown) => {
          // No app (its code did not load): the page as baked is better than a page half hidden.
          classes.remove('moving');
          throw error;
        }),
    { now: !atAnchor },
  );
} else {
  classes.remove('moving');
  classes.add('drawing');
  document.getElementById('root')?.setAttribute('inert', '');
  // The data, the app and the view's code, all at once (the content is hidden: no paint to wait for).
  prefetch(route.selection);
  void loadView(route.view);
  void import('./main').then((app) => app.render());
}
