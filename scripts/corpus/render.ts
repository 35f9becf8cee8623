// A synthetic budget as disclosure text, in each layout family met in the seeds:
//   tabbed         cells separated by tabs, one row per line (大连's Word-to-text exports)
//   cell-per-line  each cell on its own tab-led line, rows separated by blank lines (秦皇岛)
//   pdf-text       cells separated by spaces, empty cells gone, long names wrapped over lines,
//                  page numbers between rows and inside them (硚口's PDF)

import type { LayoutFamily } from '../../src/domain/budget';
import type { MoneyUnit } from '../../src/domain/money';
import type { Random } from '../tools/random';
import { random } from '../tools/random';
import { totals, type SyntheticBudget } from './budget';
import { tablesOf, type Cell, type Table } from './tables';

export interface Rendered {
  fileName: string;
  text: string;
  family: LayoutFamily;
}

/** fen → printed amount: 元 with fen, 万元 with two decimals (exact: amounts are multiples of 0.01 万元). */
export function printAmount(fen: number, unit: MoneyUnit, thousands: boolean): string {
  const cents = unit === '元' ? fen : fen / 10_000;
  const whole = Math.floor(cents / 100);
  const text = `${thousands ? whole.toLocaleString('en-US') : whole}.${String(cents % 100).padStart(2, '0')}`;
  return text;
}

const wan = (fen: number): string => printAmount(fen, '万元', false);

export function renderDisclosure(b: SyntheticBudget, family: LayoutFamily): Rendered {
  const r = random(b.seed * 31 + family.length);
  const tables = tablesOf(b, { joined: family === 'tabbed' && r.next() < 0.5 });
  const thousands = r.next() < 0.6;
  const body =
    family === 'tabbed'
      ? tables.map((t) => tabbed(t, thousands)).join('\n')
      : family === 'cell-per-line'
        ? tables.map((t) => cellPerLine(t, b, thousands)).join('\n')
        : pdfText(tables, b, thousands, r);
  const slug = `${String(b.seed).padStart(5, '0')}-${family}`;
  return {
    family,
    fileName: `${b.year}-synthetic-${slug}.txt`,
    text: [...prose(b), '', `第三部分 ${b.year} 年部门预算表`, '', body].join('\n') + '\n',
  };
}

/** The title, a line of duties and the 情况说明 with the figures the narrative rules read. */
function prose(b: SyntheticBudget): string[] {
  const t = totals(b);
  const s = b.sanGong;
  const sanGong = s.abroad + s.vehiclePurchase + s.vehicleOperation + s.reception;
  return [
    `${b.department.name} ${b.year} 年部门预算`,
    '',
    '第一部分 部门概况',
    '',
    '一、主要职能',
    '',
    `（一）负责本区域内${b.department.name.slice(b.region.length)}相关工作。`,
    '',
    `第二部分 ${b.year} 年部门预算情况说明`,
    '',
    '一、收支预算总体情况',
    '',
    `${b.year} 年收入预算 ${wan(t.total)} 万元。`,
    '',
    '二、支出预算情况',
    '',
    `${b.year} 年支出预算 ${wan(t.total)} 万元，其中：基本支出 ${wan(t.basic)} 万元，项目支出 ${wan(t.project)} 万元。`,
    '',
    '三、一般公共预算基本支出情况',
    '',
    `${b.year} 年一般公共预算基本支出预算 ${wan(t.basic)} 万元，包括人员经费 ${wan(t.personnel)} 万元，公用经费 ${wan(t.publicUse)} 万元。`,
    '',
    '四、“三公”经费预算情况',
    '',
    `${b.year} 年“三公”经费预算 ${wan(sanGong)} 万元。`,
  ];
}

function cellText(cell: Cell, unit: MoneyUnit, thousands: boolean, zeros: boolean): string {
  if (cell === null) return zeros ? '0.00' : '';
  if (typeof cell === 'string') return cell;
  if (cell.fen === 0 && !zeros) return '';
  return printAmount(cell.fen, unit, thousands);
}

function tabbed(t: Table, thousands: boolean): string {
  return [
    t.title,
    '',
    `附表${t.number}`,
    '',
    `金额单位：${t.unit}`,
    '',
    ...t.header.map((row) => row.join('\t')),
    ...t.rows.map((row) => row.map((cell) => cellText(cell, t.unit, thousands, Boolean(t.zeros))).join('\t')),
    '',
  ].join('\n');
}

function cellPerLine(t: Table, b: SyntheticBudget, thousands: boolean): string {
  const serial = !t.twoSided;
  const block = (cells: string[]): string => cells.map((cell) => `\t${cell}`).join('\n') + '\n';
  const width = t.header[0].length;
  return [
    t.title,
    `\t${b.department.code}${b.department.name}`,
    `\t预算年度：${b.year}`,
    `\t单位：${t.unit}`,
    '',
    ...t.header.map((row, i) => block(serial ? [i === 0 ? '序号' : '', ...row] : row)),
    ...(serial ? [block(['栏次', ...Array.from({ length: width }, (_, i) => String(i + 1))])] : []),
    ...t.rows.map((row, i) =>
      block([
        ...(serial ? [String(i + 1)] : []),
        ...row.map((cell) => cellText(cell, t.unit, thousands, Boolean(t.zeros))),
      ]),
    ),
  ].join('\n');
}

/** PDF text: rows of tokens; empty cells vanish; long names wrap; page numbers fall anywhere. */
function pdfText(tables: readonly Table[], b: SyntheticBudget, thousands: boolean, r: Random): string {
  const lines: string[] = [];
  let page = 3;
  const pageBreak = (): void => {
    lines.push('', `— ${page++} —`, '');
  };
  for (const t of tables) {
    lines.push(` 表 ${t.number}`, t.title, `部门/单位：${b.department.name} 单位：${t.unit}`);
    for (const row of t.header) {
      const words = row.filter(Boolean);
      if (words.length === 0) continue;
      // Narrow header cells print one character per line (`政` / `府` / `性` / …).
      if (!t.twoSided && r.next() < 0.3)
        for (const word of words) lines.push(...(word.length >= 4 ? [...word] : [word]));
      else lines.push(words.join(' '));
    }
    for (const row of t.rows) {
      const labels = row
        .slice(0, t.labels)
        .filter((cell): cell is string => typeof cell === 'string' && cell !== '');
      const rest = row.slice(t.labels).map((cell) => cellText(cell, t.unit, thousands, Boolean(t.zeros)));
      if (t.twoSided) {
        const text = rest.filter(Boolean).join(' ');
        if (text) lines.push(text);
        continue;
      }
      const amounts = rest.filter(Boolean).join(' ');
      const name = labels[labels.length - 1] ?? '';
      if (labels.length && name.length > 9 && r.next() < 0.5) {
        // `2080505` / `机关事业单位基本` / `养老保险缴费支出` / `32.35 32.35`, maybe with a page break inside.
        lines.push(...labels.slice(0, -1));
        const cut = r.int(4, name.length - 3);
        lines.push(name.slice(0, cut));
        if (r.next() < 0.15) pageBreak();
        lines.push(name.slice(cut), amounts);
      } else {
        lines.push([...labels, amounts].filter(Boolean).join(' '));
      }
      if (r.next() < 0.06) pageBreak();
    }
    lines.push('');
  }
  return lines.join('\n');
}
