// Every disclosure as a card: department, region, year, total, the basic/project split, and how
// many checks pass. Selecting several gives headline figures and leads to drill-down or compare.

import { lazy, Suspense, useMemo } from 'react';
import { Link } from '../components/Link';
import { OverviewFilters } from '../components/OverviewFilters';
import { applyFilters, filterOptions, headline, unknownFilters } from '../model/filters';
import { SearchBox } from '../components/SearchBox';
import { search } from '../model/search';
import { Money } from '../components/Money';
import { SplitBar } from '../components/SplitBar';
import type { CatalogEntry } from '../domain/catalog';
import { fromFigure } from '../model/amount';
import {
  useCatalogEntries,
  useHydrated,
  useMoney,
  useNavigate,
  useRoute,
  useT,
  usePageTitle,
} from '../state/hooks';
import { toggleSelection } from '../state/url';
import { kindName } from '../i18n/kinds';

const VirtualCards = lazy(() => import('./VirtualCards'));
const VIRTUAL_FROM = 150;

export function Overview() {
  const t = useT();
  const entries = useCatalogEntries();
  const route = useRoute();
  const navigate = useNavigate();
  const { pct, unitLabel } = useMoney();
  usePageTitle([]);
  const options = useMemo(() => filterOptions(entries ?? []), [entries]);
  const { region, year, kind } = route;
  const unknown = useMemo(
    () => unknownFilters(options, { region, year, kind }),
    [options, region, year, kind],
  );
  // A filter no disclosure matches is ignored (and the page says so).
  const filters = useMemo(
    () => ({
      region: unknown.some((u) => u.param === 'region') ? null : region,
      year: unknown.some((u) => u.param === 'year') ? null : year,
      kind: unknown.some((u) => u.param === 'kind') ? null : kind,
    }),
    [unknown, region, year, kind],
  );
  // Folding 2,000 names is done when the search changes, not when a card is ticked.
  const found = useMemo(
    () =>
      entries
        ? search(
            applyFilters(entries, filters),
            route.query,
            (e) => `${e.department.name} ${e.region ?? ''} ${e.year ?? ''} ${e.kind} ${e.id}`,
          )
        : [],
    [entries, route.query, filters],
  );
  if (!entries) {
    return (
      <section aria-labelledby="overview-title">
        <h1 id="overview-title">{t('appTitle')}</h1>
        <p className="tagline">{t('appTagline')}</p>
        <p>{t('loading')}</p>
      </section>
    );
  }

  const toggle = (id: string): void => {
    navigate({ selection: toggleSelection(route.selection, id) }, { replace: true });
  };
  // The headline adds up what is checked, else what the search shows.
  const top = headline(entries, route.selection, found);
  const headlineTotal = top.total;
  const years = top.years.join(t('listSeparator'));

  return (
    <section aria-labelledby="overview-title">
      <h1 id="overview-title">{t('appTitle')}</h1>
      <p className="tagline">{t('appTagline')}</p>

      <div className="headline" aria-live="polite">
        <div>
          <span className="label">
            {top.selected
              ? t('selected', { count: top.entries.length })
              : t('disclosures', { count: top.entries.length })}
          </span>
          <span className="big">
            <Money amount={headlineTotal} label={t('selectionTotal')} />{' '}
            <span className="unit">{unitLabel}</span>
          </span>
          <span className="label">
            {t('year')} {years} · {t('basic')} {pct(top.basicShare)}
          </span>
        </div>
        {top.selected && (
          <div className="actions">
            <Link to={{ view: 'drill', node: null }}>{t('view.drill')}</Link>
            {top.entries.length > 1 && <Link to={{ view: 'compare' }}>{t('view.compare')}</Link>}
          </div>
        )}
      </div>

      <OverviewFilters options={options} filters={filters} />
      {unknown.map((u) => (
        <p key={u.param} className="notice-inline" role="status">
          {t('notice.unknown-filter', { param: t(u.param as 'region' | 'year' | 'kind'), value: u.value })}
        </p>
      ))}
      <SearchBox label={t('searchDisclosures')} />
      {(route.query || filters.region || filters.year || filters.kind) && (
        <p aria-live="polite">{t('disclosuresFound', { count: found.length, total: entries.length })}</p>
      )}
      <Cards entries={found} selection={route.selection} onToggle={toggle} />

      <h2>{t('fullData')}</h2>
      <ul className="downloads">
        {DOWNLOADS.map((file) => (
          <li key={file}>
            <a href={`data/${file}`} download={file.split('/').pop()}>
              {file.split('/').pop()}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A card per disclosure; past a few hundred, only the cards near the viewport are in the page. */
function Cards({
  entries,
  selection,
  onToggle,
}: {
  entries: CatalogEntry[];
  selection: string[];
  onToggle: (id: string) => void;
}) {
  const hydrated = useHydrated();
  const card = (entry: CatalogEntry) => (
    <Card entry={entry} checked={selection.includes(entry.id)} onToggle={onToggle} />
  );
  const plain = (list: CatalogEntry[]) => (
    <ul className="cards">
      {list.map((entry) => (
        <li key={entry.id} className="card">
          {card(entry)}
        </li>
      ))}
    </ul>
  );
  if (entries.length < VIRTUAL_FROM) return plain(entries);
  // The baked page, and the page while it hydrates, show the first cards (the build does not wait for lazy code).
  if (!hydrated) return plain(entries.slice(0, 30));
  // The virtual grid (and its library) loads only for a long list.
  return (
    <Suspense fallback={plain(entries.slice(0, 30))}>
      <VirtualCards entries={entries} render={card} />
    </Suspense>
  );
}

function Card({
  entry,
  checked,
  onToggle,
}: {
  entry: CatalogEntry;
  checked: boolean;
  onToggle: (id: string) => void;
}) {
  const t = useT();
  const { lang } = useRoute();
  const { withUnit } = useMoney();
  return (
    <>
      <div className="card-head">
        <input
          type="checkbox"
          id={`pick-${entry.id}`}
          checked={checked}
          onChange={() => onToggle(entry.id)}
        />
        <label htmlFor={`pick-${entry.id}`} className="visually-hidden">
          {t('select')} {entry.department.name}
        </label>
        <h2>
          <Link to={{ view: 'drill', selection: [entry.id], node: null }}>{entry.department.name}</Link>
        </h2>
      </div>
      <p className="meta">
        {entry.region ?? ''} · {entry.year ?? ''} · {kindName(entry.kind, lang)}
        {entry.status === 'failed' ? ' · ⚠' : ''}
      </p>
      <p className="total">
        <span className="label">{withUnit(t('expenditureTotal'))}</span>
        <Money
          amount={fromFigure(entry.expenditure.total, entry.id, entry.sourceFile)}
          label={`${entry.department.name} ${t('expenditureTotal')}`}
        />
      </p>
      <SplitBar
        basic={entry.expenditure.basic?.fen ?? null}
        project={entry.expenditure.project?.fen ?? null}
      />
      <p className="checks">
        <Link
          to={{ view: 'quality', selection: [entry.id] }}
          className={entry.checks.failed > entry.checks.roundingTails ? 'bad' : 'good'}
        >
          {entry.checks.failed > entry.checks.roundingTails
            ? t('checksSummary', {
                passed: entry.checks.passed,
                failed: entry.checks.failed - entry.checks.roundingTails,
              })
            : t('checksAllPass', { passed: entry.checks.passed })}
          {entry.checks.roundingTails > 0 && t('checksTails', { count: entry.checks.roundingTails })}
        </Link>
      </p>
    </>
  );
}

/** The converter's extracts, their description (Frictionless Data Package) and the validation report. */
const DOWNLOADS = [
  'csv/disclosures.csv',
  'csv/functional.csv',
  'csv/economic.csv',
  'csv/economic_all.csv',
  'csv/projects.csv',
  'csv/units.csv',
  'csv/datapackage.json',
  'csv/README.md',
  'validation.json',
];
