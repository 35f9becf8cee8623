// The original text of a disclosure, line by line, with the line a figure comes from
// highlighted and scrolled into view. Always rendered as text.

import { useEffect, useRef } from 'react';
import { Picker } from '../components/Picker';
import { useCatalogEntries, useRoute, useSelectedIds, useT } from '../state/hooks';
import { useStore } from '../state/store';

export default function Source() {
  const t = useT();
  const route = useRoute();
  const ids = useSelectedIds();
  const entries = useCatalogEntries();
  const entry = entries?.find((e) => e.id === ids[0]);
  const ensureSource = useStore((s) => s.ensureSource);
  const text = useStore((s) => (entry ? s.sources[entry.sourceFile] : undefined));
  const target = useRef<HTMLLIElement>(null);

  useEffect(() => {
    if (entry) ensureSource(entry.sourceFile);
  }, [entry, ensureSource]);
  useEffect(() => {
    target.current?.scrollIntoView({ block: 'center' });
  }, [text, route.line]);

  if (!entry) {
    return (
      <section>
        <h1>{t('view.source')}</h1>
        <Picker />
        <p>{ids.length ? t('loading') : t('pickHint')}</p>
      </section>
    );
  }
  const lines = text?.status === 'ready' ? text.value.split('\n') : [];
  return (
    <section aria-labelledby="source-title">
      <h1 id="source-title">{t('sourceTitle', { file: entry.sourceFile })}</h1>
      <p>
        {entry.department.name} {entry.year ?? ''}
        {route.line ? (
          <>
            {' · '}
            <a href={`#L${route.line}`}>{t('line', { line: route.line })}</a>
          </>
        ) : null}
      </p>
      {text?.status === 'error' && <p role="alert">{t('loadFailed', { message: text.error })}</p>}
      {route.line && text?.status === 'ready' && route.line > lines.length ? (
        <p className="notice-inline" role="status">
          {t('notice.line-out-of-range', { count: lines.length, line: route.line })}
        </p>
      ) : null}
      {text?.status !== 'ready' ? (
        <p>{t('loading')}</p>
      ) : (
        <ol className="source" lang="zh-CN" tabIndex={0} aria-label={entry.sourceFile}>
          {lines.map((line, index) => {
            const number = index + 1;
            const here = number === route.line;
            return (
              <li
                key={number}
                id={`L${number}`}
                ref={here ? target : undefined}
                className={here ? 'here' : undefined}
                aria-current={here ? 'true' : undefined}
              >
                <span className="ln" aria-hidden="true">
                  {number}
                </span>
                <span className="text">{line.replace(/\t/g, ' ⇥ ')}</span>
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
