// Where a figure comes from, opened beside it: for each printing, the table, page and line, the
// line itself as printed (so the reader sees the printed value in context), a link to the
// original text at that line and to the PDF page, and a citation to copy. One panel for the
// whole page (a bottom sheet on phones).

import { useEffect, useMemo, useRef, useState } from 'react';
import { pdfHref } from '../data/load';
import { formatPrinted, printedNumber } from '../format/money';
import { pageOfLine } from '../domain/sourceText';
import type { SourceRef } from '../model/amount';
import { useStore } from '../state/store';
import { useMoney, useT } from '../state/hooks';
import { Link } from './Link';

const WIDE = 760;
const WIDTH = 440;

export function ProvenancePanel() {
  const request = useStore((s) => s.provenance);
  const close = useStore((s) => s.showProvenance);
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<Element | null>(null);

  useEffect(() => {
    if (!request) return;
    opener.current = document.activeElement;
    heading.current?.focus({ preventScroll: true });
    const onKey = (event: KeyboardEvent): void => {
      if (event.key === 'Escape') close(null);
    };
    window.addEventListener('keydown', onKey);
    return () => {
      window.removeEventListener('keydown', onKey);
      if (opener.current instanceof HTMLElement) opener.current.focus({ preventScroll: true });
    };
  }, [request, close]);

  if (!request) return null;
  // On a wide screen, just below the figure (kept on screen horizontally); on a phone, a bottom sheet.
  const wide = typeof window !== 'undefined' && window.innerWidth >= WIDE;
  // Below the figure, or above it when the figure is in the lower half of the screen, so that
  // the panel (and its close button) opens in view.
  const below = request.anchor ? request.anchor.top - window.scrollY < window.innerHeight / 2 : true;
  const style =
    wide && request.anchor
      ? {
          position: 'absolute' as const,
          top: below ? request.anchor.bottom + 6 : request.anchor.top - 6,
          transform: below ? undefined : 'translateY(-100%)',
          left: Math.max(8, Math.min(request.anchor.left - 16, window.innerWidth - WIDTH - 24)),
          right: 'auto',
          bottom: 'auto',
          maxHeight: `${Math.round(window.innerHeight / 2 - 16)}px`,
          overflow: 'auto' as const,
        }
      : undefined;
  return (
    <aside
      className={`provenance${style ? ' beside' : ''}`}
      style={style}
      role="dialog"
      aria-labelledby="provenance-title"
    >
      <div className="provenance-head">
        <h2 id="provenance-title" tabIndex={-1} ref={heading}>
          {t('provenanceOf', { value: `${request.label} ${request.value}` })}
        </h2>
        {/* At the top, so it is in view however long the panel is. */}
        <button type="button" onClick={() => close(null)}>
          {t('close')}
        </button>
      </div>
      <ul>
        {request.sources.map((source) => (
          <Printing
            key={`${source.id}:${source.table}:${source.line}`}
            source={source}
            label={request.label}
          />
        ))}
      </ul>
    </aside>
  );
}

function Printing({ source, label }: { source: SourceRef; label: string }) {
  const t = useT();
  const lang = useStore((s) => s.route.lang);
  const loaded = useStore((s) => s.disclosures[source.id]);
  const disclosure = loaded?.status === 'ready' ? loaded.value : null;
  // A figure of another year's disclosure (a department's series) loads it for its page and line.
  const ensureDisclosure = useStore((s) => s.ensureDisclosure);
  useEffect(() => {
    ensureDisclosure(source.id);
  }, [source.id, ensureDisclosure]);
  const worked = source.derived || source.fromChange;
  const ensureSource = useStore((s) => s.ensureSource);
  const text = useStore((s) => (disclosure ? s.sources[disclosure.text] : undefined));
  const [copied, setCopied] = useState(false);
  const { money, unitLabel } = useMoney();
  // The figure as this table prints it (its own unit and decimals), so a reader finds it there.
  const tableUnit = disclosure?.tables.find((table) => table.label === source.table)?.unit ?? null;
  const value = tableUnit
    ? formatPrinted(source.fen, source.step, tableUnit, lang === 'en' ? 'en-US' : 'zh-CN')
    : `${money(source.fen)} ${unitLabel}`;
  useEffect(() => {
    if (disclosure) ensureSource(disclosure.text);
  }, [disclosure, ensureSource]);
  const pdf = pageOfLine(disclosure?.documents ?? [], source.line);
  const printed = useMemo(
    () => (text?.status === 'ready' ? printedLine(text.value, source.line) : null),
    [text, source.line],
  );
  const citation = disclosure
    ? t('citation', {
        department: disclosure.department.name,
        year: disclosure.year ?? '',
        title: disclosure.title,
        table: source.table,
        where: pdf
          ? t('citationPage', { page: pdf.page, line: source.line })
          : t('citationLine', { line: source.line }),
        label,
        value: source.derived
          ? `${value}${t('citationDerived')}`
          : source.fromChange
            ? `${value}${t('citationFromChange')}`
            : value,
        url: window.location.href,
      })
    : null;
  return (
    <li>
      <span className="source-file">{pdf ? pdf.file : source.file}</span>
      <span>
        {t('printedIn', { table: source.table, line: source.line })}
        {pdf ? ` · ${t('pdfPageShort', { page: pdf.page })}` : ''}
      </span>
      {source.derived && <p className="derived">{t('derivedFigure')}</p>}
      {source.fromChange && <p className="derived">{t('fromChangeFigure')}</p>}
      {printed !== null && (
        <p className="printed" lang="zh-CN">
          <span className="sub">
            {t(source.derived ? 'derivedFirstLine' : source.fromChange ? 'fromChangeLine' : 'printedLine')}
          </span>
          <code>{printed}</code>
        </p>
      )}
      <span className="links">
        <Link
          to={{
            view: 'source',
            selection: [source.id],
            line: source.line,
            // The figure as printed, to mark on the line (not for a sum the document does not print).
            cite: tableUnit && !worked ? printedNumber(source.fen, source.step, tableUnit) : null,
          }}
        >
          {t('openSource')}
        </Link>
        {pdf && (
          <a href={pdfHref(pdf.file, pdf.page)} target="_blank" rel="noopener">
            {t('pdfPage', { file: pdf.file, page: pdf.page })}
          </a>
        )}
      </span>
      {citation && (
        <div className="citation">
          <p>{citation}</p>
          <button
            type="button"
            onClick={() => {
              void navigator.clipboard?.writeText(citation).then(() => setCopied(true));
            }}
          >
            {copied ? t('copied') : t('copyCitation')}
          </button>
          {lang === 'en' && <span className="sub">{t('citationNote')}</span>}
        </div>
      )}
    </li>
  );
}

/** Line `n` (1-based) of a text, its cells (tab-separated in text exports) set apart. */
function printedLine(text: string, n: number): string {
  let start = 0;
  for (let line = 1; line < n; line++) {
    const next = text.indexOf('\n', start);
    if (next < 0) return '';
    start = next + 1;
  }
  const end = text.indexOf('\n', start);
  return text
    .slice(start, end < 0 ? undefined : end)
    .replace(/\t+| {3,}/g, ' │ ')
    .trim();
}
