// Sharing what is on screen: copy its link, copy a citation of it (page title, link, date
// viewed), or download the page's chart as a picture for a post (16:9, title and link drawn in).

import { useState } from 'react';
import { chartImage, pngFromSvg } from '../publish/image';
import { saveBlob } from '../publish/csv';
import { useRoute, useT, useViewSelection } from '../state/hooks';
import { formatSelectionKey, linkOf } from '../state/url';

export function ShareMenu() {
  const t = useT();
  const route = useRoute();
  const { keys, fallback } = useViewSelection(route.view === 'compare' ? 2 : 1);
  // The link to what is on screen: a tab showing its fallback names that department.
  const link = (): string =>
    fallback && route.view !== 'overview' && route.view !== 'projects'
      ? new URL(linkOf({ ...route, selection: keys.map(formatSelectionKey) }), document.baseURI).href
      : window.location.href;
  const [done, setDone] = useState<string | null>(null);
  const copy = (what: string, text: string) => {
    void navigator.clipboard?.writeText(text).then(() => setDone(what));
  };
  const chart = (): SVGSVGElement | null =>
    document.querySelector<SVGSVGElement>('main svg[data-chart]') ??
    document.querySelector<SVGSVGElement>('main figure svg');
  const today = new Date().toISOString().slice(0, 10);
  return (
    <details className="share" onToggle={() => setDone(null)}>
      <summary>{t('shareMenu')}</summary>
      <div className="share-menu">
        <button type="button" onClick={() => copy('link', link())}>
          {done === 'link' ? t('copied') : t('copyLink')}
        </button>
        <button
          type="button"
          onClick={() =>
            copy('citation', t('pageCitation', { title: document.title, url: link(), date: today }))
          }
        >
          {done === 'citation' ? t('copied') : t('copyCitation')}
        </button>
        <button
          type="button"
          onClick={() => {
            const svg = chart();
            if (!svg) {
              setDone('no-chart');
              return;
            }
            const picture = chartImage(svg, document.title, link(), 'article');
            void pngFromSvg(picture).then((blob) =>
              saveBlob(blob, `${document.title.split(' · ').slice(0, 3).join('_')}.png`),
            );
          }}
        >
          {t('downloadPreview')}
        </button>
        {done === 'no-chart' && <p className="hint">{t('noChartHere')}</p>}
      </div>
    </details>
  );
}
