// The shell: header, notices, the current view (loaded on demand), the provenance panel.
// The URL drives everything; this component only wires the browser's history to the store.

import { lazy, Suspense, useEffect } from 'react';
import { Header } from './components/Header';
import { Notices } from './components/Notices';
import { ProvenancePanel } from './components/ProvenancePanel';
import { useSelectionNotices } from './state/resolve';
import { useRoute, useT } from './state/hooks';
import { useStore } from './state/store';
import type { View } from './state/url';
import { Overview } from './views/Overview';

// Views beyond the first paint load with their own code (charts, tables).
const VIEWS: Record<Exclude<View, 'overview'>, ReturnType<typeof lazy>> = {
  drill: lazy(() => import('./views/Drill')),
  split: lazy(() => import('./views/Split')),
  compare: lazy(() => import('./views/Compare')),
  projects: lazy(() => import('./views/Projects')),
  department: lazy(() => import('./views/Department')),
  quality: lazy(() => import('./views/Quality')),
  source: lazy(() => import('./views/Source')),
};

export function App() {
  const t = useT();
  const route = useRoute();
  const catalog = useStore((s) => s.catalog);
  const notices = useSelectionNotices();

  useEffect(() => {
    const { syncFromLocation, ensureCatalog } = useStore.getState();
    syncFromLocation();
    ensureCatalog();
    window.addEventListener('popstate', syncFromLocation);
    return () => window.removeEventListener('popstate', syncFromLocation);
  }, []);

  useEffect(() => {
    document.documentElement.lang = route.lang === 'en' ? 'en' : 'zh-CN';
    document.title =
      route.view === 'overview' ? t('appTitle') : `${t(`view.${route.view}`)} · ${t('appTitle')}`;
  }, [route.lang, route.view, t]);

  const View = route.view === 'overview' ? null : VIEWS[route.view];
  return (
    <>
      <a className="skip" href="#main">
        {t('skip')}
      </a>
      <Header />
      <main id="main">
        <Notices extra={notices} />
        {catalog.status === 'error' && <p role="alert">{t('loadFailed', { message: catalog.error })}</p>}
        {View ? (
          <Suspense fallback={<p>{t('loading')}</p>}>
            <View />
          </Suspense>
        ) : (
          <Overview />
        )}
      </main>
      <ProvenancePanel />
      <footer className="site-footer">
        <p>{t('footer')}</p>
      </footer>
    </>
  );
}
