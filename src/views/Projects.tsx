// Every project across the disclosures: searchable and sortable.

import { useEffect, useMemo } from 'react';
import { Link } from '../components/Link';
import { SearchBox } from '../components/SearchBox';
import { Money } from '../components/Money';
import { projectRowsFromIndex, searchProjects, type ProjectRow } from '../model/projects';
import { csvFileName, exactAmount } from '../publish/csv';
import { useCatalogEntries, useMoney, useProjectIndex, useRoute, useT, usePageTitle } from '../state/hooks';
import { columnHelper, SortableTable } from '../tables/SortableTable';

const helper = columnHelper<ProjectRow>();

export default function Projects() {
  const t = useT();
  const route = useRoute();
  const { money, unit, unitLabel, withUnit } = useMoney();
  const entries = useCatalogEntries();
  const index = useProjectIndex();
  const byId = useMemo(() => new Map((entries ?? []).map((e) => [e.id, e])), [entries]);
  const all = useMemo(() => projectRowsFromIndex(index.rows, byId), [index.rows, byId]);
  const loading = index.loading;
  usePageTitle([t('view.projects'), route.query || null]);
  const found = useMemo(() => searchProjects(all, route.query), [all, route.query]);
  const sum = found.reduce((total, row) => total + row.amount.fen, 0);
  useEffect(() => {
    performance.mark('projects:table');
  }, [found]);

  const columns = useMemo(
    () =>
      helper.columns([
        helper.accessor('name', {
          id: 'name',
          header: t('projectName'),
          sortFn: 'alphanumeric',
          meta: {
            csv: [
              { header: t('projectName'), value: (row: ProjectRow) => row.name },
              { header: t('projectCode'), value: (row: ProjectRow) => row.code },
            ],
          },
          cell: ({ row }) => (
            <>
              <Link
                to={{
                  view: 'project',
                  selection: [row.original.disclosureId],
                  project: row.original.position,
                }}
              >
                {row.original.name}
              </Link>
              {row.original.code && <span className="sub">{row.original.code}</span>}
              <span className="sub narrow-only">
                {row.original.department} {row.original.year ?? ''}
                {row.original.unit && row.original.unit !== row.original.department
                  ? ` · ${row.original.unit}`
                  : ''}
              </span>
            </>
          ),
        }),
        helper.accessor('department', {
          id: 'department',
          header: t('department'),
          sortFn: 'alphanumeric',
          meta: {
            wideOnly: true,
            csv: [
              { header: t('department'), value: (row: ProjectRow) => row.department },
              { header: t('year'), value: (row: ProjectRow) => row.year },
            ],
          },
          cell: ({ row }) => (
            <Link to={{ view: 'department', selection: [row.original.disclosureId] }}>
              {row.original.department} {row.original.year ?? ''}
            </Link>
          ),
        }),
        helper.accessor((row) => row.unit ?? '', {
          id: 'unit',
          header: t('unitName'),
          sortFn: 'alphanumeric',
          meta: { wideOnly: true, csv: [{ header: t('unitName'), value: (row: ProjectRow) => row.unit }] },
        }),
        helper.accessor((row) => row.amount.fen, {
          id: 'amount',
          header: t('amount'),
          meta: {
            numeric: true,
            csv: [
              {
                header: withUnit(t('amount')),
                value: (row: ProjectRow) => exactAmount(row.amount.fen, unit),
              },
            ],
          },
          cell: ({ row }) => (
            <Money amount={row.original.amount} label={`${row.original.name} ${t('amount')}`} />
          ),
        }),
        helper.accessor((row) => row.fundingSource ?? '', {
          id: 'funding',
          header: t('fundingSource'),
          sortFn: 'alphanumeric',
          meta: {
            wideOnly: true,
            csv: [{ header: t('fundingSource'), value: (row: ProjectRow) => row.fundingSource }],
          },
        }),
      ]),
    [t, unit, withUnit],
  );

  return (
    <section aria-labelledby="projects-title">
      <h1 id="projects-title">{t('projectsTitle')}</h1>
      <SearchBox label={t('search')} onInput={() => performance.mark('projects:input')} />
      <p aria-live="polite">
        {loading && all.length === 0
          ? t('loading')
          : t('projectsFound', { count: found.length, amount: `${money(sum)} ${unitLabel}` })}
      </p>
      <SortableTable
        columns={columns}
        data={found}
        rowKey={(row) => row.key}
        caption={withUnit(t('projectsTitle'))}
        csvFileName={csvFileName([t('projectsTitle'), route.query])}
      />
    </section>
  );
}
