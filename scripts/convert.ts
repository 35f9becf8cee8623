// One disclosure: bytes → text → items → tables → budget → checks. Pure: no file system.

import type { Disclosure, TableInfo } from '../src/domain/budget';
import type { Issue } from '../src/domain/issues';
import { assemble, isAllGpb } from './budget/assemble';
import { readDuties } from './budget/duties';
import { readIdentity } from './budget/identity';
import { narrativeStream, readNarrative } from './budget/narrative';
import { alignScopes, observe } from './budget/observe';
import { parseDocument } from './budget/parse';
import { balanceChecks, crossTableChecks, projectChecks, sanGongChecks } from './checks/documentChecks';
import { narrativeChecks } from './checks/narrativeChecks';
import { Report } from './checks/report';
import { tableChecks } from './checks/tableChecks';
import { detectLayout, toItems, type Item } from './layout/items';
import { decodeSource } from './read/decode';
import { segmentTables, type RawTable } from './tables/segment';
import { nameKey } from './tables/names';
import { matchTableTitle } from './tables/titles';

export type ConvertResult = { ok: true; disclosure: Disclosure } | { ok: false; issues: Issue[] };

/** `2025-dalian-xigang-146-big-data-center.txt` → `2025-dalian-xigang-146-big-data-center`. */
export function disclosureId(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '');
}

export function convertDisclosure(fileName: string, bytes: Uint8Array): ConvertResult {
  const decoded = decodeSource(fileName, bytes);
  if (!decoded.ok) return { ok: false, issues: [decoded.issue] };
  const { lines, notes } = decoded.value;
  const issues: Issue[] = [...notes];
  const fail = (code: Issue['code'], message: string): ConvertResult => ({
    ok: false,
    issues: [...issues, { severity: 'error', code, file: fileName, line: 0, table: null, message }],
  });

  const layout = detectLayout(lines);
  if (!layout) {
    return fail(
      'unknown-layout',
      'found no tables: expected tab-separated cells, one cell per tab-led line, or PDF text with amounts separated by spaces',
    );
  }
  const items = toItems(lines, layout);
  const tables = segmentTables(items, layout);
  if (tables.length === 0) {
    return fail(
      'no-tables',
      'found no budget table titles (such as 收支总表, 支出功能分类预算表 or 一般公共预算支出表)',
    );
  }
  issues.push(...missingTables(fileName, items, tables), ...truncation(fileName, lines, tables, layout));

  const parsed = parseDocument(fileName, tables, issues);
  const obs = observe(parsed);
  const allGpb = isAllGpb(obs);
  alignScopes(obs, allGpb);
  const stream = narrativeStream(items, tables, layout === 'pdf-text');
  const narrative = readNarrative(stream);
  const budget = {
    ...assemble(parsed, obs, readIdentity(lines), tables, narrative),
    duties: readDuties(items, tables, layout === 'pdf-text'),
  };

  if (budget.functional.length === 0) {
    issues.push({
      severity: 'error',
      code: 'missing-table',
      file: fileName,
      line: 0,
      table: null,
      message:
        'no functional classification was found: expected a 支出总表, 支出功能分类预算表 or 一般公共预算支出表 with rows such as `201 一般公共服务支出`',
    });
  }

  issues.push(...projectNameDifferences(fileName, parsed));

  const report = new Report();
  for (const table of parsed.rowTables) tableChecks(report, table);
  crossTableChecks(report, obs);
  balanceChecks(report, parsed, budget);
  projectChecks(report, parsed, budget);
  sanGongChecks(report, parsed, budget);
  narrativeChecks(report, parsed, budget, obs, allGpb, stream);

  return {
    ok: true,
    disclosure: {
      id: disclosureId(fileName),
      sourceFile: fileName,
      layout,
      tables: tables.map(tableInfo),
      ...budget,
      checks: report.checks,
      issues: sortIssues(issues),
    },
  };
}

/** A project printed under one code with two different names. */
function projectNameDifferences(file: string, parsed: ReturnType<typeof parseDocument>): Issue[] {
  const forms = parsed.performance.flatMap((entry) => entry.projects);
  return (parsed.projects?.value.projects ?? []).flatMap((project) => {
    const form = project.code ? forms.find((f) => f.code === project.code) : undefined;
    if (!form || nameKey(form.name) === nameKey(project.name)) return [];
    return [
      {
        severity: 'warning' as const,
        code: 'name-differs' as const,
        file,
        line: form.line,
        table: form.amount?.table ?? null,
        message: `project ${project.code} is named “${project.name}” in ${parsed.projects?.table.label} (line ${project.line}) but “${form.name}” here`,
      },
    ];
  });
}

function tableInfo(table: RawTable): TableInfo {
  return {
    label: table.label,
    title: table.title,
    number: table.number,
    kind: table.kind,
    unit: table.unit,
    line: table.line,
    endLine: table.endLine,
  };
}

/**
 * Tables the document's own table of contents lists (`- 附表2：收入预算总表`, `- 二、收入预算总表`)
 * but that never appear.
 */
function missingTables(file: string, items: readonly Item[], tables: readonly RawTable[]): Issue[] {
  const found = new Set(tables.map((t) => t.kind));
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
  return issues;
}

/**
 * A file cut off mid-table: the last table runs to the end of the file and its last line is
 * incomplete (a PDF row without amounts, or a tab row with fewer cells than the rows above).
 */
function truncation(
  file: string,
  lines: readonly string[],
  tables: readonly RawTable[],
  layout: string,
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
  if (lastItem.kind === 'text' && layout === 'pdf-text' && !/\d\.\d/.test(lastItem.text)) {
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

function sortIssues(issues: readonly Issue[]): Issue[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return [...issues].sort(
    (a, b) => rank[a.severity] - rank[b.severity] || a.line - b.line || a.message.localeCompare(b.message),
  );
}
