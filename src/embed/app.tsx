// The embed page's app, for an embed with no baked page or made with older data (src/embed/boot.ts
// decides): loads the disclosures its URL names and draws the chart (EmbedView) in the browser.

import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { DisclosureFile } from '../domain/budget';
import { loadDisclosure } from '../data/load';
import { pagePath } from '../state/page';
import { parseEmbedLocation, selectionIds, type Route } from '../state/url';
import { EmbedView } from './Embed';

function Embed({ route }: { route: Route }) {
  const [disclosures, setDisclosures] = useState<DisclosureFile[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ids = useMemo(() => selectionIds(route.selection), [route.selection]);
  useEffect(() => {
    Promise.all(ids.map(loadDisclosure)).then(setDisclosures, (e: unknown) => setError(String(e)));
  }, [ids]);
  // Drawn: the HTML it replaced is gone, nothing left to hide (boot.ts).
  useEffect(() => document.documentElement.classList.remove('drawing'), []);
  return <EmbedView route={route} disclosures={disclosures} error={error} />;
}

export function render(): void {
  const { route } = parseEmbedLocation(pagePath(), window.location.search);
  document.documentElement.lang = route.lang === 'en' ? 'en' : 'zh-CN';
  const root = document.getElementById('embed');
  if (!root) return;
  createRoot(root).render(
    <StrictMode>
      <Embed route={route} />
    </StrictMode>,
  );
}
