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
}

const CODE_NAME = /^([0-9A-Z]{12,})\s*[-－]\s*(\S.*)$/;
const NAME_KEYS = /^项目名称$/;
const CODE_KEYS = /^项目编码$/;
const AMOUNT_KEYS = /^(项目当年预算|预算数|当年预算)$/;

export function parsePerformance(table: RawTable, context: ParseContext): PerformanceProject[] {
  const projects: PerformanceProject[] = [];
  const open: { project: PerformanceProject | null } = { project: null };
  const start = (line: number): PerformanceProject => {
    const project: PerformanceProject = { code: null, name: '', amount: null, line };
    projects.push(project);
    open.project = project;
    return project;
  };
  for (const item of table.items) {
    const cells =
      item.kind === 'row'
        ? item.cells.map((text, i) => ({ text, line: item.cellLines[i] ?? item.line }))
        : splitKeyValues(item.text).map((text) => ({ text, line: item.line }));
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
