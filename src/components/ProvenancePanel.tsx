// Where a figure comes from: the table and line of each printing (and, for a PDF, its page),
// a link to the original text at that line and one to the PDF page. One panel for the whole
// page (a bottom sheet on phones).

import { useEffect, useRef } from 'react';
import { pdfHref } from '../data/load';
import { pageOfLine } from '../domain/sourceText';
import { useStore } from '../state/store';
import { useT } from '../state/hooks';
import { Link } from './Link';

export function ProvenancePanel() {
  const request = useStore((s) => s.provenance);
  const close = useStore((s) => s.showProvenance);
  const disclosures = useStore((s) => s.disclosures);
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    if (!request) return;
    opener.current = document.activeElement;
    heading.current?.focus();
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') close(null);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      if (opener.current instanceof HTMLElement) opener.current.focus();
    };
  }, [request, close]);

  if (!request) return null;
  return (
    <aside className="provenance" role="dialog" aria-labelledby="provenance-title">
      <h2 id="provenance-title" tabIndex={-1} ref={heading}>
        {t('provenanceOf', { value: `${request.label} ${request.value}` })}
      </h2>
      <ul>
        {request.sources.map((source) => {
          const loaded = disclosures[source.id];
          const documents = loaded?.status === 'ready' ? (loaded.value.documents ?? []) : [];
          const pdf = pageOfLine(documents, source.line);
          return (
            <li key={`${source.id}:${source.table}:${source.line}`}>
              <span className="source-file">{source.file}</span>
              <span>{t('printedIn', { table: source.table, line: source.line })}</span>
              <Link to={{ view: 'source', selection: [source.id], line: source.line }}>
                {t('openSource')}
              </Link>
              {pdf && (
                <a href={pdfHref(pdf.file, pdf.page)} target="_blank" rel="noopener">
                  {t('pdfPage', { file: pdf.file, page: pdf.page })}
                </a>
              )}
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => close(null)}>
        {t('close')}
      </button>
    </aside>
  );
}
