// CSV of what a view shows: its rows in their order, its columns, amounts in the chosen unit.
// Amounts are written exactly (fen are never rounded away: 479.265493 万元), as numbers; text
// that a spreadsheet would run as a formula is neutralized with a leading apostrophe.

import { neutralize } from '../domain/csv';
import { FEN_PER_DISPLAY_UNIT, type DisplayUnit } from '../format/money';

export { neutralize };

export type CsvCell = string | number | null;

export interface CsvTable {
  fileName: string;
  columns: string[];
  rows: CsvCell[][];
}

/** Fen in a display unit, exactly, as the shortest decimal: 479265493 fen in 万元 → "479.265493". */
export function exactAmount(fen: number | null | undefined, unit: DisplayUnit): string | null {
  if (fen === null || fen === undefined) return null;
  const per = FEN_PER_DISPLAY_UNIT[unit];
  const digits = String(per).length - 1;
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const whole = Math.floor(abs / per);
  const fraction = String(abs % per)
    .padStart(digits, '0')
    .replace(/0+$/, '');
  return `${sign}${whole}${fraction ? `.${fraction}` : ''}`;
}

type Fen = { fen: number } | null | undefined;

/**
 * Classification items split into basic and project spending (what the drill-down chart and
 * the basic-vs-project view show): code, name, basic, project, total in the display unit.
 */
export function basicProjectCsv(
  fileName: string,
  items: readonly { code: string; name: string; basic: Fen; project: Fen; total: Fen }[],
  headers: { code: string; name: string; basic: string; project: string; total: string },
  unit: DisplayUnit,
  /** A header with its unit, in the page's language. */
  withUnit: (text: string) => string = (text) => `${text}（${unit}）`,
  /** Columns appended (last year's figure, where it is known). */
  extra: readonly { header: string; value: (item: { code: string }) => string | null }[] = [],
): CsvTable {
  return {
    fileName,
    columns: [
      headers.code,
      headers.name,
      withUnit(headers.basic),
      withUnit(headers.project),
      withUnit(headers.total),
      ...extra.map((column) => column.header),
    ],
    rows: items.map((item) => [
      item.code,
      item.name,
      exactAmount(item.basic?.fen, unit),
      exactAmount(item.project?.fen, unit),
      exactAmount(item.total?.fen, unit),
      ...extra.map((column) => column.value(item)),
    ]),
  };
}

/** `大连市西岗区人民政府办公室_2025_201_一般公共服务支出.csv`: what it is, safe as a file name. */
export function csvFileName(parts: readonly (string | number | null | undefined)[]): string {
  const name = parts
    .filter((part) => part !== null && part !== undefined && part !== '')
    .map((part) => String(part).replace(/[\\/:*?"<>|\s]+/g, '-'))
    .join('_');
  return `${name || 'data'}.csv`;
}

/** The CSV text: UTF-8 BOM (Excel on zh-CN Windows), CRLF, papaparse quoting. */
export async function csvText(table: CsvTable): Promise<string> {
  const { default: Papa } = await import('papaparse');
  const body = Papa.unparse(
    {
      fields: table.columns.map((c) => String(neutralize(c))),
      data: table.rows.map((row) => row.map(neutralize)),
    },
    { newline: '\r\n' },
  );
  return `\ufeff${body}\r\n`;
}

export async function downloadCsv(table: CsvTable): Promise<void> {
  const text = await csvText(table);
  saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), table.fileName);
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The file name stem for a view of one disclosure (department_year_…) or of several added up. */
export function viewFileBase(
  disclosures: readonly { department: { name: string }; year: number | null }[],
  aggregateLabel: string,
  ...parts: (string | number | null | undefined)[]
): string {
  const one = disclosures.length === 1 ? disclosures[0] : null;
  const years = [...new Set(disclosures.map((d) => d.year))].join('-');
  return csvFileName([one ? one.department.name : aggregateLabel, one ? one.year : years, ...parts]).replace(
    /\.csv$/,
    '',
  );
}
