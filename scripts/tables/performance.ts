// Project performance forms (项目支出绩效表 / 项目申报表 / …绩效目标表). They repeat each
// project's code, name and budget, sometimes as the only place a project's code is printed.
// Two shapes are read:
//   - a code-name cell followed by the approved amount:
//       ⇥21020325T000000453251- 大连市西岗区融媒体中心技术建设项目⇥10⇥500,000.00⇥…
//   - key/value forms: 项目名称⇥X⇥项目编码⇥Y … 项目当年预算⇥400 万元, or
//       项目名称 综合事务管理及专业服务 … 项目总预算 30,880.00 项目当年预算 30,880.00   (PDF)

import type { Figure } from '../../src/domain/budget';
import { looksLikeAmount, parseAmount, type MoneyUnit } from '../../src/domain/money';
import { cleanName } from './names';
import type { ParseContext } from './rows';
import type { RawTable } from './segment';

export interface PerformanceProject {
  code: string | null;
  name: string;
  amount: Figure | null;
  line: number;
  /** 项目资金来源 · 合计, where the form prints its sources as a list. */
  funding: Figure | null;
  /** The sources: 财政资金 and 其他资金, or 一般公共预算财政拨款, 政府性基金预算财政拨款 …. */
  sources: Figure[];
  /** 资金支出计划: the amount planned to be spent by year end (the last of the quarters). */
  planned: Figure | null;
}

const CODE_NAME = /^([0-9A-Z]{12,})\s*[-－]\s*(\S.*)$/;
const NAME_KEYS = /^项目名称$/;
const CODE_KEYS = /^项目编码$/;
const AMOUNT_KEYS = /^(项目当年预算|预算数|当年预算)$/;
/** Sources of a project's money; `其中：申请当年预算拨款` and the like are parts of a part. */
const SOURCE_KEYS = /^(其中[:：]?财政资金|其他资金|.+财政拨款|财政专户管理资金|单位资金)$/;

export function parsePerformance(table: RawTable, context: ParseContext): PerformanceProject[] {
  const projects: PerformanceProject[] = [];
  const open: { project: PerformanceProject | null } = { project: null };
  let section: 'sources' | 'plan' | null = null;
  const start = (line: number): PerformanceProject => {
    const project: PerformanceProject = {
      code: null,
      name: '',
      amount: null,
      line,
      funding: null,
      sources: [],
      planned: null,
    };
    section = null;
    projects.push(project);
    open.project = project;
    return project;
  };
  for (const item of table.items) {
    const cells =
      item.kind === 'row'
        ? item.cells.map((text, i) => ({ text, line: item.cellLines[i] ?? item.line }))
        : splitKeyValues(item.text).map((text) => ({ text, line: item.line }));
    const joined = cells.map((c) => c.text.replace(/\s/g, '')).join('');
    if (/^项目资金来源/.test(joined)) section = 'sources';
    else if (/^资金支出计划/.test(joined)) section = 'plan';
    else if (/^项目支出明细/.test(joined)) section = null;
    const filled = cells.filter((c) => c.text.trim() !== '');
    if (
      section === 'plan' &&
      open.project &&
      filled.length >= 2 &&
      filled.every((c) => looksLikeAmount(c.text))
    ) {
      const last = filled[filled.length - 1];
      open.project.planned = toFigure(last.text, context.unit, context, last.line);
      section = null;
      continue;
    }
    for (let i = 0; i < cells.length; i++) {
      const text = cells[i].text.replace(/\s/g, '');
      const codeName = CODE_NAME.exec(cells[i].text.trim());
      if (codeName) {
        const project = start(cells[i].line);
        project.code = codeName[1];
        project.name = cleanName(codeName[2]);
        const amountCell = cells
          .slice(i + 1)
          .find((cell) => /\.\d/.test(cell.text) && looksLikeAmount(cell.text));
        if (amountCell) project.amount = toFigure(amountCell.text, context.unit, context, amountCell.line);
        break;
      }
      const value = nextValue(cells, i);
      if (!value) continue;
      const current = open.project;
      if (NAME_KEYS.test(text)) {
        const project = current && !current.name ? current : start(cells[i].line);
        project.name = cleanName(value.text);
      } else if (CODE_KEYS.test(text)) {
        const project = current && !current.code ? current : start(cells[i].line);
        project.code = value.text.replace(/\s/g, '');
      } else if (AMOUNT_KEYS.test(text) && current && !current.amount) {
        current.amount = toFigure(value.text, context.unit, context, value.line);
      } else if (current && looksLikeAmount(value.text)) {
        const figure = toFigure(value.text, context.unit, context, value.line);
        if (!figure) continue;
        if (section === 'sources' && text === '合计') current.funding ??= figure;
        else if (SOURCE_KEYS.test(text) && (section === 'sources' || /资金$/.test(text)))
          current.sources.push(figure);
      }
    }
  }
  // Header rows also say 项目名称; a project is a name with a code or an amount.
  return projects.filter(
    (project) => project.name !== '' && (project.code !== null || project.amount !== null),
  );
}

function nextValue(
  cells: readonly { text: string; line: number }[],
  index: number,
): { text: string; line: number } | null {
  const next = cells.slice(index + 1).find((cell) => cell.text.trim() !== '');
  return next ?? null;
}

/** PDF lines: `项目总预算 30,880.00 项目当年预算 30,880.00` → key, value, key, value. */
function splitKeyValues(text: string): string[] {
  const match = /^(项目名称|项目编码)\s+(.+)$/.exec(text.trim());
  if (match) return [match[1], match[2]];
  return text.trim().split(/\s+/);
}

/** `400 万元`, `30,880.00`, `1047.00`: an amount with an optional unit of its own. */
function toFigure(text: string, unit: MoneyUnit, context: ParseContext, line: number): Figure | null {
  const match = /^\s*([\d,.\s]+?)\s*(万元|元)?\s*$/.exec(text);
  if (!match) return null;
  const parsed = parseAmount(match[1], (match[2] as MoneyUnit | undefined) ?? unit);
  return parsed.ok ? { fen: parsed.value.fen, step: parsed.value.step, table: context.table, line } : null;
}
