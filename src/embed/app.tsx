// The embed page's app (started by boot.ts after the first paint): one chart, its title, unit, year and source line, for an iframe in a news
// article. Its own small bundle: no explorer chrome, no table library. The URL says what to draw
// and which data versions it was made with; if the data has changed since, the page says so.

import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { Bars } from '../charts/Bars';
import { GroupedBars } from '../charts/GroupedBars';
import { classRows, entitiesOf, shareGroups } from '../model/compare';
import type { DisclosureFile } from '../domain/budget';
import { loadDisclosure } from '../data/load';
import { FEN_PER_DISPLAY_UNIT, formatMoney, formatShare, formatSigned } from '../format/money';
import { className } from '../i18n/classes';
import { unitName } from '../i18n/units';
import { translate, type StringKey } from '../i18n/strings';
import { chartRows, chartSource } from '../model/chart';
import { disclosureNode, nodeLabel } from '../model/node';
import { changeOf, previousYear } from '../model/change';
import { fullViewUrl, HEIGHT_MESSAGE } from '../publish/embed';
import { useWidth } from '../hooks/useWidth';
import { MONEY_UNIT_PARAMS, parseRoute, parseSelectionKey, selectionIds } from '../state/url';

const { route } = parseRoute(window.location.search);
const t = (key: StringKey, params?: Record<string, string | number>) => translate(route.lang, key, params);
const unit = MONEY_UNIT_PARAMS[route.unit];
const locale = route.lang === 'en' ? 'en-US' : 'zh-CN';

/**
 * Tell the host page how tall the content is (the host's resize script sets the iframe height).
 * The content element, not the document: a document is never shorter than its iframe.
 */
function reportHeight(): void {
  const content = document.getElementById('embed');
  if (window.parent === window || !content) return;
  window.parent.postMessage(
    { type: HEIGHT_MESSAGE, height: Math.ceil(content.getBoundingClientRect().height) },
    '*',
  );
}

function Embed() {
  const [disclosures, setDisclosures] = useState<DisclosureFile[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ids = useMemo(() => selectionIds(route.selection), []);
  useEffect(() => {
    Promise.all(ids.map(loadDisclosure)).then(setDisclosures, (e: unknown) => setError(String(e)));
  }, [ids]);
  useEffect(() => {
    reportHeight();
    const observer = new ResizeObserver(reportHeight);
    const content = document.getElementById('embed');
    if (content) observer.observe(content);
    return () => observer.disconnect();
  }, []);
  const [box, width] = useWidth<HTMLDivElement>();

  const node = useMemo(
    () => disclosureNode(disclosures ?? [], route.selection.map(parseSelectionKey), route.node),
    [disclosures],
  );
  const { rows } = node;
  const chart = useMemo(
    () => chartRows(rows, FEN_PER_DISPLAY_UNIT[unit], (c, n) => className(c, n, route.lang)),
    [rows],
  );
  const money = (fen: number | null | undefined) => formatMoney(fen, unit, locale);
  // Last year's figures this disclosure itself gives (its prior-year column, its stated changes);
  // the embed loads no other year.
  const previous = useMemo(
    () => (disclosures?.length === 1 && !node.unit ? previousYear(disclosures[0], null) : null),
    [disclosures, node.unit],
  );
  const withPrior = previous && rows.some((r) => previous.byKey.has(r.node.code)) ? previous : null;
  const share = (fraction: number) => formatShare(fraction, locale);

  if (error || ids.length === 0) return <p role="alert">{t('loadFailed', { message: error ?? 'd' })}</p>;
  if (!disclosures) return <p>{t('loading')}</p>;
  if (route.view === 'compare') return <CompareEmbed disclosures={disclosures} />;

  const source = chartSource(
    disclosures,
    rows,
    'total',
    t('aggregateOf', { count: disclosures.length }),
    t('listSeparator'),
  );
  const here = nodeLabel(node, (c, n) => className(c, n, route.lang), t('allSpending'));
  const heading = route.view === 'split' ? `${t('basicVsProject')}：${here}` : t('chartOf', { name: here });
  const full = fullViewUrl(
    { ...route, view: route.view === 'split' ? 'split' : 'drill' },
    window.location.href,
  );

  return (
    <main className="embed">
      <h1>{route.title ?? `${source.department} · ${heading}`}</h1>
      <p className="meta">
        {t('year')} {source.year} · {t('unit')}
        {route.lang === 'zh' ? '：' : ': '}
        {unitName(unit, route.lang)}
      </p>
      <ChangedNotice disclosures={disclosures} full={full} />
      <div ref={box}>
        {width > 0 && (
          <Bars
            bars={chart.bars}
            label={heading}
            width={width}
            format={(value) => money(value * FEN_PER_DISPLAY_UNIT[unit])}
            labels={{ basic: t('basic'), project: t('project'), unsplit: t('total') }}
          />
        )}
      </div>
      <details>
        <summary>{t('tableAlternative')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              <th scope="col">{t('basic')}</th>
              <th scope="col">{t('project')}</th>
              <th scope="col">{t('total')}</th>
              {withPrior && (
                <th scope="col" className="num">
                  {t('changeHeader', { year: withPrior.year })}
                </th>
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map(({ node }) => (
              <tr key={node.code}>
                <th scope="row">
                  {node.code} {className(node.code, node.name, route.lang)}
                </th>
                <td className="num">{money(node.basic?.fen)}</td>
                <td className="num">{money(node.project?.fen)}</td>
                <td className="num">{money(node.total?.fen)}</td>
                {withPrior && (
                  <td className="num change">
                    {(() => {
                      const change = changeOf(node.total, withPrior.byKey.get(node.code));
                      return change
                        ? `${formatSigned(change.fen, money, t('noChange'))}${change.rate ? ` ${formatSigned(change.rate, share, '')}` : ''} ${t('parens')[0]}${t('priorInline', { year: withPrior.year })} ${money(change.prior.figure.fen)}${t('parens')[1]}`
                        : '—';
                    })()}
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
        {withPrior && (
          <p className="meta">
            {t('changeNote', {
              year: withPrior.year,
              sources: [...new Set([...withPrior.byKey.values()].map((p) => p.source))]
                .map((source) =>
                  source === 'prior-column'
                    ? t('changeNotePriorColumn', {
                        header: disclosures[0].priorYear?.functional?.header ?? '',
                      })
                    : t('changeNoteStated'),
                )
                .join(t('listSeparator')),
            })}
          </p>
        )}
      </details>
      <p className="source">
        {t('chartSource', source)} ·{' '}
        <a href={full} target="_blank" rel="noopener noreferrer">
          {t('embedSourceLink')}
        </a>
      </p>
    </main>
  );
}

/** When the data has changed since the embed was made (its pinned versions), it says so. */
function ChangedNotice({ disclosures, full }: { disclosures: readonly DisclosureFile[]; full: string }) {
  const changed =
    route.pinned.length > 0 && route.pinned.join(',') !== disclosures.map((d) => d.version).join(',');
  if (!changed) return null;
  return (
    <p className="changed" role="status">
      {t('embedChanged')}{' '}
      <a href={full} target="_blank" rel="noopener noreferrer">
        {t('embedCurrent')}
      </a>
    </p>
  );
}

/** A comparison as an embed: each 类 as a share of each department's total, and its table. */
function CompareEmbed({ disclosures }: { disclosures: DisclosureFile[] }) {
  const [box, width] = useWidth<HTMLDivElement>();
  const entities = useMemo(() => entitiesOf(disclosures, route.selection), [disclosures]);
  const groups = useMemo(() => shareGroups(classRows(entities)), [entities]);
  const pct = (share: number | null) => formatShare(share, locale);
  const names = entities.map((e) => `${e.name} ${e.year ?? ''}`.trim());
  const full = fullViewUrl(route, window.location.href);
  return (
    <main className="embed">
      <h1>{route.title ?? `${t('compareChart')}：${names.join(t('listSeparator'))}`}</h1>
      <ChangedNotice disclosures={disclosures} full={full} />
      <div ref={box}>
        {width > 0 && (
          <GroupedBars groups={groups} names={names} width={width} format={pct} label={t('compareChart')} />
        )}
      </div>
      <details>
        <summary>{t('tableAlternative')}</summary>
        <table>
          <thead>
            <tr>
              <th scope="col">{t('name')}</th>
              {names.map((name) => (
                <th scope="col" key={name}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {groups.map((group) => (
              <tr key={group.code}>
                <th scope="row">
                  {group.code} {className(group.code, group.name, route.lang)}
                </th>
                {group.shares.map((share, i) => (
                  <td key={i} className="num">
                    {pct(share)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <p className="source">
        {t('compareSource', { names: names.join(t('listSeparator')) })} ·{' '}
        <a href={full} target="_blank" rel="noopener noreferrer">
          {t('embedSourceLink')}
        </a>
      </p>
    </main>
  );
}

document.documentElement.lang = route.lang === 'en' ? 'en' : 'zh-CN';
const root = document.getElementById('embed');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Embed />
    </StrictMode>,
  );
}
