// A sortable data table on TanStack Table v9. The sort order lives in the URL (`sort=total.desc`),
// so a sorted view can be shared. Columns are declared once per table with the column helper.

import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_alphanumeric,
  tableFeatures,
  useTable,
  type RowData,
  type SortingState,
  type Updater,
} from '@tanstack/react-table';
import { useMemo, type ReactNode } from 'react';
import { CsvButton } from '../components/CsvButton';
import type { CsvCell, CsvTable } from '../publish/csv';
import { useNavigate, useRoute, useT } from '../state/hooks';
import { useWindowRows } from './virtual';

export const features = tableFeatures({
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  sortFns: { alphanumeric: sortFn_alphanumeric },
});
export type Features = typeof features;

export function columnHelper<T extends RowData>() {
  return createColumnHelper<Features, T>();
}

/** What `helper.columns([...])` returns (cell values of any type). */
export type Columns<T extends RowData> = ReturnType<ReturnType<typeof columnHelper<T>>['columns']>;

/** Column options read by this component: right-aligned numbers, columns hidden on phones, and
 * how the column goes into the CSV download (header naming the unit, exact value). */
export interface ColumnMeta<T = never> {
  numeric?: boolean;
  wideOnly?: boolean;
  csv?: { header: string; value: (row: T) => CsvCell }[];
}

function classes<T>(meta: ColumnMeta<T> | undefined): string | undefined {
  const list = [meta?.numeric ? 'num' : '', meta?.wideOnly ? 'wide-only' : ''].filter(Boolean);
  return list.length ? list.join(' ') : undefined;
}

function sortingFromRoute(sort: string | null, allowed: readonly string[]): SortingState {
  if (!sort) return [];
  const [id, direction] = sort.split('.');
  return allowed.includes(id) ? [{ id, desc: direction === 'desc' }] : [];
}

export function SortableTable<T extends RowData>({
  columns,
  data,
  caption,
  rowKey,
  footer,
  className,
  csvFileName,
  defaultSort = null,
  onRowClick,
}: {
  columns: Columns<T>;
  data: T[];
  caption: ReactNode;
  rowKey: (row: T) => string;
  footer?: ReactNode;
  className?: string;
  /** Offer a CSV of the rows in their current order. */
  csvFileName?: string;
  /** The order when the URL names none, e.g. `total.desc` (the chart's order). */
  defaultSort?: string | null;
  /** A click anywhere on a row (not on a link or button in it) does what its link does. */
  onRowClick?: (row: T) => void;
}) {
  const route = useRoute();
  const navigate = useNavigate();
  const t = useT();
  const ids = useMemo(() => columns.map((c) => c.id ?? ''), [columns]);
  const sorting = useMemo(
    () => sortingFromRoute(route.sort ?? defaultSort, ids),
    [route.sort, defaultSort, ids],
  );
  const onSortingChange = (updater: Updater<SortingState>): void => {
    const next = typeof updater === 'function' ? updater(sorting) : updater;
    const first = next[0];
    navigate({ sort: first ? `${first.id}.${first.desc ? 'desc' : 'asc'}` : null }, { replace: true });
  };
  const table = useTable({
    features,
    columns,
    data,
    getRowId: rowKey,
    state: { sorting },
    onSortingChange,
    enableMultiSort: false,
  });

  const rows = table.getRowModel().rows;
  // Thousands of projects: only the rows near the viewport are in the page.
  const { indexes, before, after, anchor, measure, virtual } = useWindowRows<HTMLTableSectionElement>(
    rows.length,
    44,
  );

  const buildCsv = (): CsvTable => {
    const parts = columns.flatMap((c) => (c.meta as ColumnMeta<T> | undefined)?.csv ?? []);
    return {
      fileName: csvFileName ?? 'data.csv',
      columns: parts.map((p) => p.header),
      rows: table.getRowModel().rows.map((row) => parts.map((p) => p.value(row.original))),
    };
  };

  return (
    <div className={`table-wrap ${className ?? ''}`}>
      {csvFileName && (
        <div className="tools">
          <CsvButton build={buildCsv} label={t('tableCsv')} />
        </div>
      )}
      <table aria-rowcount={virtual ? rows.length + 1 : undefined}>
        <caption>{caption}</caption>
        <thead>
          {table.getHeaderGroups().map((group) => (
            <tr key={group.id} aria-rowindex={virtual ? 1 : undefined}>
              {group.headers.map((header) => {
                const sorted = header.column.getIsSorted();
                const label = header.isPlaceholder ? null : <table.FlexRender header={header} />;
                const meta = header.column.columnDef.meta as ColumnMeta<T> | undefined;
                return (
                  <th
                    key={header.id}
                    scope="col"
                    className={classes(meta)}
                    aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  >
                    {header.column.getCanSort() ? (
                      <button
                        type="button"
                        className="sort"
                        onClick={header.column.getToggleSortingHandler()}
                        title={t('sortBy', { column: String(header.column.columnDef.header ?? '') })}
                      >
                        {label}
                        <span aria-hidden="true" className={sorted ? 'sort-mark on' : 'sort-mark'}>
                          {sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ' ↕'}
                        </span>
                      </button>
                    ) : (
                      label
                    )}
                  </th>
                );
              })}
            </tr>
          ))}
        </thead>
        <tbody ref={anchor}>
          {before > 0 && (
            <tr aria-hidden="true" className="spacer" style={{ height: before }}>
              <td colSpan={columns.length} />
            </tr>
          )}
          {indexes.map((index) => {
            const row = rows[index];
            return (
              <tr
                key={row.id}
                className={onRowClick ? 'clickable' : undefined}
                onClick={
                  onRowClick
                    ? (event) => {
                        if ((event.target as Element).closest('a, button, input')) return;
                        onRowClick(row.original);
                      }
                    : undefined
                }
                data-index={index}
                ref={measure}
                aria-rowindex={virtual ? index + 2 : undefined}
              >
                {row.getAllCells().map((cell) => {
                  const meta = cell.column.columnDef.meta as ColumnMeta<T> | undefined;
                  return (
                    <td key={cell.id} className={classes(meta)}>
                      <table.FlexRender cell={cell} />
                    </td>
                  );
                })}
              </tr>
            );
          })}
          {after > 0 && (
            <tr aria-hidden="true" className="spacer" style={{ height: after }}>
              <td colSpan={columns.length} />
            </tr>
          )}
        </tbody>
        {footer && <tfoot>{footer}</tfoot>}
      </table>
    </div>
  );
}
