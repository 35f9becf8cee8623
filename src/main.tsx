// The app's start, called by the boot script (src/boot.ts) in one of two ways:
// - hydrate: the HTML is a baked page; its data is loaded, then React takes over the HTML as
//   it is (the same tree, drawn from the same data, gives the same markup);
// - render: the URL asks for a state with no page of its own; React draws it from scratch.

import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App, loadView, startLoading, VIEWS, type Views } from './App';
import type { PageData } from './data/page';
import { pagePath } from './state/page';
import { useStore } from './state/store';
import { hrefOf, parseLocation } from './state/url';

function rootElement(): HTMLElement {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root');
  return root;
}

/** Resolves once React has hydrated the page and its handlers are attached. */
export async function hydrate(data: PageData): Promise<void> {
  // The route alone: the URL's notices (an unknown parameter) appear after hydration (App).
  const { route } = parseLocation(pagePath(), window.location.search);
  useStore.setState({ route });
  const [, view] = await Promise.all([useStore.getState().preload(data), loadView(route.view)]);
  // The view's code is loaded: hydrate with it, not with its lazy wrapper, so that nothing suspends.
  const views: Views = view ? { ...VIEWS, [route.view]: view.default } : VIEWS;
  await new Promise<void>((ready) => {
    hydrateRoot(
      rootElement(),
      <StrictMode>
        <App views={views} onReady={ready} />
      </StrictMode>,
      {
        // The HTML did not match what the app drew (data changed since the build?): React draws
        // the page anew, and the console says where.
        onRecoverableError: (error) => console.error('hydration:', error),
      },
    );
  });
}

export function render(): void {
  const { syncFromLocation } = useStore.getState();
  syncFromLocation();
  const { route } = useStore.getState();
  // The address bar shows the state's own link (`?view=drill&d=x` → `d/x/`): shared, it opens a baked page.
  const href = hrefOf(route);
  if (href !== `${pagePath() || './'}${window.location.search}`) window.history.replaceState(null, '', href);
  startLoading(route);
  createRoot(rootElement()).render(
    <StrictMode>
      <App onReady={() => document.documentElement.classList.remove('drawing')} />
    </StrictMode>,
  );
}
