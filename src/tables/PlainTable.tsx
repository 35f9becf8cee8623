// A table whose columns are declared once — header, cell, and what the column puts in the CSV —
// for tables that keep their own order (a classification shown as a tree), where SortableTable's
// sorting would break the reading. The CSV button downloads exactly the rows shown.

import type { ReactNode } from 'react';
import { CsvButton } from '../components/CsvButton';
import type { CsvCell } from '../publish/csv';
import { useT } from '../state/hooks';

export interface PlainColumn<T> {
  header: string;
  numeric?: boolean;
  /** The first column is the row's header cell (`<th scope="row">`). */
  cell: (row: T) => ReactNode;
  csv: { header: string; value: (row: T) => CsvCell }[];
}

export function PlainTable<T>({
  columns,
  rows,
  rowKey,
  caption,
  csvFileName,
  rowClass,
  onRowClick,
  className,
}: {
  columns: readonly PlainColumn<T>[];
  rows: readonly T[];
  rowKey: (row: T) => string;
  caption: ReactNode;
  csvFileName: string;
  rowClass?: (row: T) => string | undefined;
  /** A click anywhere on a row (not on a link or button in it). */
  onRowClick?: (row: T) => void;
  className?: string;
}) {
  const t = useT();
  const build = () => {
    const parts = columns.flatMap((column) => column.csv);
    return {
      fileName: csvFileName,
      columns: parts.map((part) => part.header),
      rows: rows.map((row) => parts.map((part) => part.value(row))),
    };
  };
  return (
    <div className="table-wrap">
      <div className="tools">
        <CsvButton build={build} label={t('tableCsv')} />
      </div>
      <table className={className}>
        <caption>{caption}</caption>
        <thead>
          <tr>
            {columns.map((column) => (
              <th key={column.header} scope="col" className={column.numeric ? 'num' : undefined}>
                {column.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr
              key={rowKey(row)}
              className={rowClass?.(row)}
              onClick={
                onRowClick
                  ? (event) => {
                      if ((event.target as Element).closest('a, button')) return;
                      onRowClick(row);
                    }
                  : undefined
              }
            >
              {columns.map((column, index) =>
                index === 0 ? (
                  <th key={column.header} scope="row">
                    {column.cell(row)}
                  </th>
                ) : (
                  <td key={column.header} className={column.numeric ? 'num' : undefined}>
                    {column.cell(row)}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
