// The embed page's content (src/embed/app.tsx draws it in the browser; the build bakes it,
// src/bake/render.tsx): one chart, its title, unit, year and source line, for an iframe in a news
// article. No explorer chrome, no table library. The route says what to draw and which data
// versions it was made with; if the data has changed since, the page says so.

import { useMemo, type ReactElement } from 'react';
import { Bars } from '../charts/Bars';
import { GroupedBars } from '../charts/GroupedBars';
import { Sized } from '../charts/Sized';
import { classRows, entitiesOf, shareGroups } from '../model/compare';
import type { DisclosureFile } from '../domain/budget';
import { FEN_PER_DISPLAY_UNIT, formatMoney, formatShare, formatSigned } from '../format/money';
import { className } from '../i18n/classes';
import { unitName } from '../i18n/units';
import { translate, type StringKey } from '../i18n/strings';
import { chartRows, chartSource } from '../model/chart';
import { disclosureNode, nodeLabel } from '../model/node';
import { changeOf, previousYear } from '../model/change';
import { useWidth } from '../hooks/useWidth';
import { hrefOf, MONEY_UNIT_PARAMS, parseSelectionKey, type Route } from '../state/url';

/** The chart's box in a 375 px phone's iframe and in the snippet's 760 px one (10 px padding each side). */
const EMBED_WIDTHS = [355, 740] as const;

function embedTexts(route: Route) {
  return {
    t: (key: StringKey, params?: Record<string, string | number>) => translate(route.lang, key, params),
    locale: route.lang === 'en' ? 'en-US' : 'zh-CN',
  };
}

/** The explorer's view the embed comes from, for its "source" link: relative to the site's root (the page's <base>). */
function fullViewHref(route: Route): string {
  return hrefOf({ ...route, pinned: [], title: null });
}

export function EmbedView({
  route,
  disclosures,
  error,
}: {
  route: Route;
  /** Null while loading. */
  disclosures: DisclosureFile[] | null;
  error: string | null;
}) {
  const { t, locale } = embedTexts(route);
  const unit = MONEY_UNIT_PARAMS[route.unit];
  const node = useMemo(
    () => disclosureNode(disclosures ?? [], route.selection.map(parseSelectionKey), route.node),
    [disclosures, route],
  );
  const { rows } = node;
  const chart = useMemo(
    () => chartRows(rows, FEN_PER_DISPLAY_UNIT[unit], (c, n) => className(c, n, route.lang)),
    [rows, unit, route.lang],
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

  if (error || route.selection.length === 0)
    return <p role="alert">{t('loadFailed', { message: error ?? 'd' })}</p>;
  if (!disclosures) return <p>{t('loading')}</p>;
  if (route.view === 'compare') return <CompareEmbed route={route} disclosures={disclosures} />;

  const source = chartSource(
    disclosures,
    rows,
    'total',
    t('aggregateOf', { count: disclosures.length }),
    t('listSeparator'),
  );
  const here = nodeLabel(node, (c, n) => className(c, n, route.lang), t('allSpending'));
  const heading = route.view === 'split' ? `${t('basicVsProject')}：${here}` : t('chartOf', { name: here });
  const full = fullViewHref({ ...route, view: route.view === 'split' ? 'split' : 'drill' });

  return (
    <main className="embed">
      <h1>{route.title ?? `${source.department} · ${heading}`}</h1>
      <p className="meta">
        {t('year')} {source.year} · {t('unit')}
        {route.lang === 'zh' ? '：' : ': '}
        {unitName(unit, route.lang)}
      </p>
      <ChangedNotice route={route} disclosures={disclosures} full={full} />
      <EmbedChart
        draw={(w) => (
          <Bars
            bars={chart.bars}
            label={heading}
            width={w}
            format={(value) => money(value * FEN_PER_DISPLAY_UNIT[unit])}
            labels={{ basic: t('basic'), project: t('project'), unsplit: t('total') }}
          />
        )}
      />
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
      <SourceLine text={t('chartSource', source)} full={full} link={t('embedSourceLink')} />
    </main>
  );
}

/** The chart, drawn to its box's width (at a phone's and the snippet's until measured). */
function EmbedChart({ draw }: { draw: (width: number) => ReactElement }) {
  const [box, width] = useWidth<HTMLDivElement>();
  return (
    <div ref={box}>
      <Sized width={width} widths={EMBED_WIDTHS} draw={draw} />
    </div>
  );
}

/** Where the figures come from, and the link to the explorer's view of them. */
function SourceLine({ text, full, link }: { text: string; full: string; link: string }) {
  return (
    <p className="source">
      {text} ·{' '}
      <a href={full} target="_blank" rel="noopener noreferrer">
        {link}
      </a>
    </p>
  );
}

/** When the data has changed since the embed was made (its pinned versions), it says so. */
function ChangedNotice({
  route,
  disclosures,
  full,
}: {
  route: Route;
  disclosures: readonly DisclosureFile[];
  full: string;
}) {
  const { t } = embedTexts(route);
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
function CompareEmbed({ route, disclosures }: { route: Route; disclosures: DisclosureFile[] }) {
  const { t, locale } = embedTexts(route);
  const entities = useMemo(() => entitiesOf(disclosures, route.selection), [disclosures, route.selection]);
  const groups = useMemo(() => shareGroups(classRows(entities)), [entities]);
  const pct = (share: number | null) => formatShare(share, locale);
  const names = entities.map((e) => `${e.name} ${e.year ?? ''}`.trim());
  const full = fullViewHref(route);
  return (
    <main className="embed">
      <h1>{route.title ?? `${t('compareChart')}：${names.join(t('listSeparator'))}`}</h1>
      <ChangedNotice route={route} disclosures={disclosures} full={full} />
      {groups.length === 0 && <p className="meta">{t('compareNoClasses')}</p>}
      {groups.length > 0 && (
        <>
          <EmbedChart
            draw={(w) => (
              <GroupedBars groups={groups} names={names} width={w} format={pct} label={t('compareChart')} />
            )}
          />
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
        </>
      )}
      <SourceLine
        text={t('compareSource', { names: names.join(t('listSeparator')) })}
        full={full}
        link={t('embedSourceLink')}
      />
    </main>
  );
}
