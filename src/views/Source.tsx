// The original text of a disclosure, line by line, with the line a figure comes from
// highlighted and scrolled into view. Always rendered as text. For a PDF, the text is the one
// reconstructed from it (one line per printed row); each page starts with a link to that page
// of the original PDF.

import { useEffect, useMemo, useRef } from 'react';
import { Picker } from '../components/Picker';
import { kindName } from '../i18n/kinds';
import { FallbackNote } from '../components/ViewNotices';
import { pdfHref } from '../data/load';
import type { SourceDocument } from '../domain/budget';
import { FILE_MARKER, PAGE_MARKER, pageOfLine } from '../domain/sourceText';
import { openedAt } from '../state/page';
import {
  useCatalogEntries,
  useDisclosures,
  useRoute,
  useT,
  useViewSelection,
  usePageTitle,
} from '../state/hooks';
import { useStore } from '../state/store';

/** The original PDF at a page (browsers open `file.pdf#page=N` there). */
export default function Source() {
  const t = useT();
  const route = useRoute();
  const { ids, fallback } = useViewSelection();
  const entries = useCatalogEntries();
  const entry = entries?.find((e) => e.id === ids[0]);
  usePageTitle([t('view.source'), entry ? `${entry.department.name} ${entry.year ?? ''}`.trim() : null]);
  const ensureSource = useStore((s) => s.ensureSource);
  const text = useStore((s) => (entry ? s.sources[entry.text] : undefined));
  const target = useRef<HTMLLIElement>(null);
  const entryIds = useMemo(() => (entry && entry.layout === 'pdf' ? [entry.id] : []), [entry]);
  const documents: SourceDocument[] = useDisclosures(entryIds).ready[0]?.documents ?? [];

  useEffect(() => {
    if (entry) ensureSource(entry.text);
  }, [entry, ensureSource]);
  useEffect(() => {
    const line = target.current;
    // Scrolled to by the browser when the page opened at its anchor (#L44): left to the reader.
    if (!line || openedAt(`#${line.id}`)) return;
    if (!inView(line)) line.scrollIntoView({ block: 'center' });
  }, [text, route.line]);

  if (!entry) {
    return (
      <section>
        <h1>{t('view.source')}</h1>
        <Picker />
        <p>{t('loading')}</p>
      </section>
    );
  }
  const lines = text?.status === 'ready' ? text.value.replace(/\n$/, '').split('\n') : [];
  const here = route.line ? pageOfLine(documents, route.line) : null;
  const fileAt = (number: number): string | undefined => pageOfLine(documents, number)?.file;
  return (
    <section aria-labelledby="source-title">
      <h1 id="source-title">{t('sourceTitle', { file: entry.sourceFile })}</h1>
      <p>
        {entry.department.name} {entry.year ?? ''} · {kindName(entry.kind, route.lang)}
        {route.line ? (
          <>
            {' · '}
            <a href={`#L${route.line}`}>{t('line', { line: route.line })}</a>
          </>
        ) : null}
        {here ? (
          <>
            {' · '}
            <a href={pdfHref(here.file, here.page)} target="_blank" rel="noopener">
              {t('pdfPage', { file: here.file, page: here.page })}
            </a>
          </>
        ) : null}
      </p>
      <FallbackNote fallback={fallback} />
      {entry.layout === 'pdf' && <p className="hint">{t('pdfTextHint')}</p>}
      {text?.status === 'error' && <p role="alert">{t('loadFailed', { message: text.error })}</p>}
      {route.line && text?.status === 'ready' && route.line > lines.length ? (
        <p className="notice-inline" role="status">
          {t('notice.line-out-of-range', { count: lines.length, line: route.line })}
        </p>
      ) : null}
      {text?.status !== 'ready' ? (
        <p>{t('loading')}</p>
      ) : (
        <ol
          className={entry.layout === 'pdf' ? 'source layout' : 'source'}
          lang="zh-CN"
          tabIndex={0}
          aria-label={entry.sourceFile}
        >
          {lines.map((line, index) => {
            const number = index + 1;
            const page = PAGE_MARKER.exec(line);
            const file = FILE_MARKER.exec(line);
            if (page || file) {
              const pdf = file ? file[1] : fileAt(number + 1);
              return (
                <li key={number} id={`L${number}`} className="page-break">
                  {pdf ? (
                    <a href={pdfHref(pdf, page ? Number(page[1]) : 1)} target="_blank" rel="noopener">
                      {file ? file[1] : t('pdfPage', { file: pdf, page: Number(page?.[1]) })}
                    </a>
                  ) : (
                    <span className="text">{line}</span>
                  )}
                </li>
              );
            }
            const here = number === route.line;
            const shown = line.replace(/\t+$/, '').replace(/\t/g, ' │ ');
            return (
              <li
                key={number}
                id={`L${number}`}
                ref={here ? target : undefined}
                className={here ? 'here' : undefined}
                aria-current={here ? 'true' : undefined}
              >
                {/* Its number is drawn by the stylesheet (the list's counter). Tab-separated cells
                    set apart by a rule; one text node per line keeps long texts fast and small. */}
                {here ? (
                  <span className="text">
                    <Cited text={shown} cite={route.cite} />
                  </span>
                ) : (
                  shown
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/** The cited line, the cited figure marked where it is printed (with or without thousands separators). */
function Cited({ text, cite }: { text: string; cite: string | null }) {
  if (!cite) return <>{text}</>;
  const candidates = [cite, cite.replace(/,/g, '')];
  for (const candidate of candidates) {
    // The figure itself, not the same digits inside a longer number.
    const match = new RegExp(`(?<![\\d.,])${candidate.replace(/[.,]/g, (c) => `\\${c}`)}(?![\\d])`).exec(
      text,
    );
    if (match) {
      return (
        <>
          {text.slice(0, match.index)}
          <mark>{match[0]}</mark>
          {text.slice(match.index + match[0].length)}
        </>
      );
    }
  }
  return <>{text}</>;
}

/** Whether an element is wholly inside the window and inside the box that scrolls it. */
function inView(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  const list = element.parentElement?.getBoundingClientRect();
  const inside = (outer: { top: number; bottom: number }) =>
    box.top >= outer.top && box.bottom <= outer.bottom;
  return inside({ top: 0, bottom: window.innerHeight }) && (!list || inside(list));
}
