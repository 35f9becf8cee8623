// Is anything missing? Tables the table of contents or the 财政部 template promise, a file cut
// off mid-table, projects without the performance form every other project has. Each gap is an
// issue naming the file and, where there is one, the line; the figures themselves are checked
// elsewhere (checks/).

import type { Disclosure, LayoutFamily, TableKind } from '../../src/domain/budget';
import type { Issue } from '../../src/domain/issues';
import { fenToYuanString } from '../../src/domain/money';
import type { Item } from '../layout/items';
import { traitsOf } from '../layout/families';
import { nameKey } from '../tables/names';
import type { RawTable } from '../tables/segment';
import { matchTableTitle } from '../tables/titles';
import { linkProjects } from '../../src/domain/projectLinks';
import { matchPerformance } from './assemble';
import type { ParsedDocument } from '../tables/parse';

/** The tables 财政部 requires in every department budget disclosure (部门预算公开九张表). */
const STANDARD_TABLES: readonly [TableKind, string][] = [
  ['summary', '收支总表'],
  ['income', '收入总表'],
  ['expenditure', '支出总表'],
  ['fiscal-summary', '财政拨款收支总表'],
  ['gpb-functional', '一般公共预算支出表'],
  ['basic-economic', '一般公共预算基本支出表'],
  ['san-gong', '一般公共预算“三公”经费支出表'],
  ['gov-fund', '政府性基金预算支出表'],
  ['state-capital', '国有资本经营预算支出表'],
];

/**
 * Tables the document's own table of contents lists (`- 附表2：收入预算总表`, `- 二、收入预算总表`)
 * but that never appear, and standard tables that are absent altogether. A “三公” table with
 * year columns inside the prose does not stand in for the table itself.
 */
export function missingTables(
  file: string,
  items: readonly Item[],
  tables: readonly RawTable[],
  parsed: ParsedDocument,
): Issue[] {
  const found = new Set<string>(tables.map((t) => t.kind));
  if (!parsed.sanGong.some((entry) => entry.value.role === 'table')) found.delete('san-gong');
  const reported = new Set<string>();
  const issues: Issue[] = [];
  for (const item of items) {
    if (item.kind !== 'text') continue;
    const entry = /^\s*-\s*(?:附表\s*(\d+(?:-\d+)?)\s*[:：]|[一二三四五六七八九十]+、)\s*(.+)$/.exec(
      item.text,
    );
    if (!entry) continue;
    const match = matchTableTitle(entry[2]);
    if (!match || match.kind === 'other' || found.has(match.kind) || reported.has(match.kind)) continue;
    reported.add(match.kind);
    issues.push({
      severity: 'warning',
      code: 'missing-table',
      file,
      line: item.line,
      table: match.title,
      message: `the table of contents lists ${entry[1] ? `附表${entry[1]} ` : ''}${match.title}, but the document does not contain it`,
    });
  }
  for (const [kind, title] of STANDARD_TABLES) {
    if (found.has(kind) || reported.has(kind)) continue;
    issues.push({
      severity: 'warning',
      code: 'missing-table',
      file,
      line: 0,
      table: title,
      message: `the document has no ${title}, one of the nine tables every department budget disclosure publishes; was its title changed, or the file cut off?`,
    });
  }
  return issues;
}
/**
 * Rows of amounts that no table title claims: a title changed beyond recognition, or lost
 * with a page. Their figures would otherwise vanish without a word. Reported once per run of
 * such rows.
 */
export function strayRows(
  file: string,
  items: readonly Item[],
  tables: readonly RawTable[],
  layout: LayoutFamily,
): Issue[] {
  const inTable = (line: number): boolean => tables.some((t) => line >= t.line && line <= t.endLine);
  const amount = /^\s*-?[\d,]+\.\d+\s*$/;
  const isStray = (item: Item): boolean =>
    !inTable(item.line) &&
    (item.kind === 'row'
      ? item.cells.some((cell) => amount.test(cell))
      : traitsOf(layout).flatText && /\d\.\d+\s+-?[\d,]+\.\d+/.test(item.text));
  // A run goes on over prose lines between the rows (not in PDF text, where every line is prose).
  const runs: Item[][] = [];
  let open = false;
  for (const item of items) {
    if (isStray(item)) {
      if (open) runs[runs.length - 1].push(item);
      else runs.push([item]);
      open = true;
    } else if (item.kind !== 'text' || traitsOf(layout).flatText) open = false;
  }
  return runs.map((run) => ({
    severity: 'warning',
    code: 'stray-rows',
    file,
    line: run[0].line,
    table: null,
    message: `lines ${run[0].line}–${run[run.length - 1].line} print ${run.length} rows of amounts that belong to no table; expected a table title above them — was it changed or lost?`,
  }));
}

/**
 * A file cut off mid-table: the last table runs to the end of the file and its last line is
 * incomplete (a PDF row without amounts, or a tab row with fewer cells than the rows above).
 */
export function truncation(
  file: string,
  lines: readonly string[],
  tables: readonly RawTable[],
  layout: LayoutFamily,
): Issue[] {
  const lastContent = lines.reduce((last, line, index) => (line.trim() ? index + 1 : last), 0);
  const table = tables[tables.length - 1];
  if (
    !table ||
    table.endLine < lastContent ||
    table.kind === 'project-performance' ||
    table.kind === 'overall-performance'
  )
    return [];
  const lastItem = table.items[table.items.length - 1];
  if (!lastItem) {
    return [
      truncated(
        file,
        table,
        lastContent,
        'the file ends right after the table title; expected its header and rows',
      ),
    ];
  }
  const endsWithNewline = lines[lines.length - 1] === '';
  // A 合计 with nothing after it closes an empty table (`本单位无政府性基金预算支出`); it is not a cut.
  const emptyTotal = /^(合\s*计|总\s*计)$/.test(lastItem.kind === 'text' ? lastItem.text.trim() : '');
  if (lastItem.kind === 'text' && traitsOf(layout).flatText && !/\d\.\d/.test(lastItem.text) && !emptyTotal) {
    return [
      truncated(
        file,
        table,
        lastItem.line,
        `the file ends inside a row (“${lastItem.text}”); expected the row's amounts`,
      ),
    ];
  }
  if (lastItem.kind === 'row') {
    const widths = table.items
      .filter((i) => i.kind === 'row')
      .map((i) => (i.kind === 'row' ? i.cells.length : 0));
    const typical = Math.max(...widths.slice(0, -1), 0);
    if (!endsWithNewline && lastItem.cells.length < typical) {
      return [
        truncated(
          file,
          table,
          lastItem.line,
          `the file ends inside a row with ${lastItem.cells.length} of ${typical} cells; expected the rest of the row and of the table`,
        ),
      ];
    }
  }
  return [];
}

function truncated(file: string, table: RawTable, line: number, message: string): Issue {
  return { severity: 'error', code: 'truncated-table', file, line, table: table.label, message };
}

/**
 * Projects: one printed under one code with two names; one without the performance form
 * (绩效目标表) every other project has; project spending with no project listed at all.
 */
export function projectIssues(
  file: string,
  parsed: ParsedDocument,
  budget: Pick<Disclosure, 'projects' | 'expenditure' | 'functional'>,
): Issue[] {
  const forms = parsed.performance.flatMap((entry) => entry.projects);
  const listed = parsed.projects?.value.projects ?? [];
  const label = parsed.projects?.table.label ?? null;
  const issues: Issue[] = [];
  const formOf = (project: (typeof listed)[number]): (typeof forms)[number] | null =>
    (project.code ? forms.find((f) => f.code === project.code) : undefined) ??
    matchPerformance(project.name, project.amount, forms);
  for (const project of listed) {
    const form = project.code ? forms.find((f) => f.code === project.code) : undefined;
    if (!form || nameKey(form.name) === nameKey(project.name)) continue;
    issues.push({
      severity: 'warning',
      code: 'name-differs',
      file,
      line: form.line,
      table: form.amount?.table ?? null,
      message: `project ${project.code} is named “${project.name}” in ${label} (line ${project.line}) but “${form.name}” here`,
    });
  }
  const withoutForm = listed.filter((project) => !formOf(project));
  if (forms.length > 0 && withoutForm.length < listed.length) {
    for (const project of withoutForm) {
      issues.push({
        severity: 'warning',
        code: 'identity-missing',
        file,
        line: project.line,
        table: label,
        message: `no performance form (绩效目标表) names “${project.name}”, though the other projects have one; was a line lost or a name changed?`,
      });
    }
  }
  const spending = budget.expenditure.project;
  if (budget.projects.length === 0 && spending && spending.fen > 0) {
    issues.push({
      severity: 'warning',
      code: 'missing-table',
      file,
      line: 0,
      table: '项目支出表',
      message: `项目支出 is ${fenToYuanString(spending.fen)} 元 (line ${spending.line}), but no project is listed: expected a 项目支出表 or 绩效目标表 with amounts; was the file cut off?`,
    });
  }
  issues.push(...functionDiffers(file, parsed, budget));
  return issues;
}

/**
 * A project the figures link to a functional item (its funding source's projects add up to that
 * item's 项目支出 alone, domain/projectLinks.ts) that a list (政府购买服务预算表) files under
 * another 类: the document contradicts itself. Reported, not resolved.
 */
function functionDiffers(
  file: string,
  parsed: ParsedDocument,
  budget: Pick<Disclosure, 'projects' | 'functional'>,
): Issue[] {
  const links = linkProjects(budget);
  if (links.length === 0) return [];
  const issues: Issue[] = [];
  for (const { table, value } of parsed.lists) {
    for (const row of value.rows) {
      if (!row.functionalCode || row.isTotal) continue;
      const link = links.find((l) => l.projects.some((p) => nameKey(p.name) === nameKey(row.name)));
      if (!link || link.code.startsWith(row.functionalCode.slice(0, 3))) continue;
      const item = budget.functional.find((f) => f.code === link.code);
      issues.push({
        severity: 'warning',
        code: 'function-differs',
        file,
        line: row.line,
        table: table.label,
        message: `${table.label} files “${row.name}” under ${row.functionalCode}, but its amount is part of the 项目支出 of ${link.code} ${item?.name ?? ''} (${item?.project?.table ?? ''} line ${item?.project?.line ?? '?'}): the projects funded by ${link.fundingSource ?? 'one source'} add up to exactly that item's project expenditure and no other's`,
      });
    }
  }
  return issues;
}
