// The app's start, called by the boot script (src/boot.ts) in one of two ways:
// - hydrate: the HTML is a baked page; its data is loaded, then React takes over the HTML as
//   it is (the same tree, drawn from the same data, gives the same markup);
// - render: the URL asks for a state with no page of its own; React draws it from scratch.

import { startTransition, StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, startLoading, VIEWS, type Views } from './App';
import { loadView } from './views/code';
import type { BakedPage } from './data/page';
import { pagePath } from './state/page';
import { useStore } from './state/store';
import { hrefOf, linkOf, parseLocation, type Route } from './state/url';

/** On the document element once the app runs (styles.css: what the browser marks alone before). */
const RUNNING = 'running';
/** On the document element while a baked node's figures wait for the URL's (index.html). */
const MOVING = 'moving';

function rootElement(): HTMLElement {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  return root;
}

/**
 * Resolves once React has hydrated the page (or drawn it anew) and its handlers are attached.
 * `drawn` is the route the HTML was drawn for, when the URL asks for a little more of it (a node
 * below the page's, a line of a source text): hydrated as drawn, the page then moves to the URL's.
 */
export async function hydrate(
  baked: BakedPage,
  drawn: Route = parseLocation(pagePath(), window.location.search).route,
): Promise<void> {
  // The route alone: the URL's notices (an unknown parameter) are read once hydrated.
  const route = drawn;
  const { preload, syncFromLocation } = useStore.getState();
  useStore.setState({ route });
  let view: Awaited<ReturnType<typeof loadView>>;
  try {
    [, view] = await Promise.all([preload(baked.data), loadView(route.view)]);
  } catch {
    // The data or the view's code could not be loaded: the app draws the page anew and says what failed.
    render();
    return;
  }
  const { catalog } = useStore.getState();
  const sameData = catalog.status === 'ready' && catalog.value.version === baked.version;
  await new Promise<void>((ready) => {
    const onReady = () => {
      document.documentElement.classList.add(RUNNING);
      syncFromLocation();
      // The move to the URL's node is drawn by now (React renders a store's change at once, in a
      // microtask): its figures come into sight with the next frame, never the baked node's.
      requestAnimationFrame(() => document.documentElement.classList.remove(MOVING));
      ready();
    };
    if (!sameData) {
      // The data changed since the page was built (a page kept in a cache): drawn anew from it.
      createRoot(rootElement()).render(
        <StrictMode>
          <App onReady={onReady} />
        </StrictMode>,
      );
      return;
    }
    // The view's code is loaded: hydrate with it, not with its lazy wrapper, so that nothing suspends.
    const views: Views = view ? { ...VIEWS, [route.view]: view.default } : VIEWS;
    // As a transition, hydration runs in slices of a few milliseconds (see render()).
    startTransition(() => {
      hydrateRoot(
        rootElement(),
        <StrictMode>
          <App views={views} onReady={onReady} />
        </StrictMode>,
        {
          // The HTML did not match what the app drew: React draws the page anew; the console says where.
          onRecoverableError: (error) => console.error('hydration:', error),
        },
      );
    });
  });
}

export function render(): void {
  const { syncFromLocation } = useStore.getState();
  syncFromLocation();
  const { route } = useStore.getState();
  // The address bar shows the state's own link (`?view=drill&d=x` → `d/x/`): shared, it opens a baked page.
  const href = hrefOf(route);
  if (href !== `${pagePath() || './'}${window.location.search}`) {
    const link = linkOf(route);
    window.history.replaceState(null, '', link === href ? `${href}${window.location.hash}` : link);
  }
  startLoading(route);
  const root = createRoot(rootElement());
  // As a transition, React draws the page in slices of a few milliseconds, between which the
  // browser stays responsive (one long task would block a phone for a tenth of a second and more).
  startTransition(() =>
    root.render(
      <StrictMode>
        <App
          onReady={() => {
            document.documentElement.classList.remove('drawing', MOVING);
            document.documentElement.classList.add(RUNNING);
            rootElement().removeAttribute('inert');
          }}
        />
      </StrictMode>,
    ),
  );
}
