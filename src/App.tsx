// The shell: header, notices, the current view (loaded on demand), the provenance panel.
// The URL drives everything; this component only wires the browser's history to the store.

import { lazy, Suspense, useCallback, useEffect, useRef, type ComponentType } from 'react';
import { Header } from './components/Header';
import { Notices } from './components/Notices';
import { ProvenancePanel } from './components/ProvenancePanel';
import { ShareMenu } from './components/ShareMenu';
import { useSelectionNotices } from './state/resolve';
import { useRoute, useT } from './state/hooks';
import { useShallow } from 'zustand/react/shallow';
import { useStore } from './state/store';
import { selectionIds, type Route } from './state/url';
import { LOADERS, loadView } from './views/code';
import { Overview } from './views/Overview';

// One lazy component per loader (views/code.ts): a new view is one line there.
export const VIEWS = Object.fromEntries(
  Object.entries(LOADERS).map(([view, load]) => [view, lazy(load)]),
) as unknown as Views;

/** A component for each view but the overview (the build's renderer passes them loaded). */
export type Views = Record<keyof typeof LOADERS, ComponentType>;

/** At start-up: fetch the catalog, the selected disclosures and the view's code in parallel. */
export function startLoading(route: Route): void {
  const { ensureCatalog, ensureDisclosure } = useStore.getState();
  ensureCatalog();
  for (const id of selectionIds(route.selection).slice(0, 4)) ensureDisclosure(id);
  void loadView(route.view);
}

export function App({ views = VIEWS, onReady }: { views?: Views; onReady?: () => void }) {
  const t = useT();
  const route = useRoute();
  const catalog = useStore((s) => s.catalog);
  // A disclosure that could not be loaded (any view): said once, here.
  const failed = useStore(
    useShallow((s) => Object.values(s.disclosures).flatMap((d) => (d?.status === 'error' ? [d.error] : []))),
  );
  const notices = useSelectionNotices();

  const ready = useRef(onReady);
  const whenReady = useCallback(() => {
    ready.current?.();
    ready.current = undefined;
  }, []);
  useEffect(() => {
    const { syncFromLocation } = useStore.getState();
    window.addEventListener('popstate', syncFromLocation);
    return () => window.removeEventListener('popstate', syncFromLocation);
  }, []);

  useEffect(() => {
    document.documentElement.lang = route.lang === 'en' ? 'en' : 'zh-CN';
  }, [route.lang]);
  // Each view names itself and what it shows in the page's title (usePageTitle).

  const View = route.view === 'overview' ? null : views[route.view];
  return (
    <>
      <a className="skip" href="#main">
        {t('skip')}
      </a>
      <Header />
      <main id="main">
        <Notices extra={notices} />
        <ShareMenu />
        {catalog.status === 'error' && <p role="alert">{t('loadFailed', { message: catalog.error })}</p>}
        {failed.length > 0 && <p role="alert">{t('loadFailed', { message: failed.join('; ') })}</p>}
        {View ? (
          <Suspense fallback={<p>{t('loading')}</p>}>
            <View />
            <Ready onReady={whenReady} />
          </Suspense>
        ) : (
          <>
            <Overview />
            <Ready onReady={whenReady} />
          </>
        )}
      </main>
      <ProvenancePanel />
      <footer className="site-footer">
        <p>{t('footer')}</p>
      </footer>
    </>
  );
}

/**
 * Calls `onReady` once the view is on the screen, drawn or hydrated. It sits inside the view's
 * Suspense boundary, which hydrates after the rest of the page: a route changed before that
 * would no longer match the HTML.
 */
function Ready({ onReady }: { onReady: () => void }) {
  useEffect(onReady, [onReady]);
  return null;
}
