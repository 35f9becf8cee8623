// One disclosure: bytes → text → items → tables → budget → checks. Pure: no file system.
// Text exports convert synchronously (convertDisclosure); PDFs are read first (read/source.ts)
// and their positioned text converted here (convertPositioned).

import type { Disclosure, TableInfo } from '../src/domain/budget';
import type { Issue } from '../src/domain/issues';
import { assemble } from './budget/assemble';
import { missingTables, projectIssues, strayRows, truncation } from './budget/completeness';
import { readDuties } from './prose/duties';
import { readIdentity } from './prose/identity';
import { narrativeStream, readNarrative } from './prose/narrative';
import { readStatedChanges } from './prose/changes';
import { observeDocument } from './budget/observe';
import { parseDocument } from './tables/parse';
import { runChecks } from './checks';
import { traitsOf } from './layout/families';
import { detectLayout, positionedItems, toItems, type Item } from './layout/items';
import { decodeSource } from './read/decode';
import type { PositionedText } from './read/pdfLines';
import { pageOfLine } from '../src/domain/sourceText';
import { segmentTables, type RawTable } from './tables/segment';
import { structureIssues } from './tables/structure';

export type ConvertResult = { ok: true; disclosure: Disclosure } | { ok: false; issues: Issue[] };

/** `2025-dalian-xigang-146-big-data-center.txt` → `2025-dalian-xigang-146-big-data-center`. */
export function disclosureId(fileName: string): string {
  return fileName.replace(/\.[^.]+$/, '');
}

/** A text export (tab-separated, Word, flat PDF text). */
export function convertDisclosure(fileName: string, bytes: Uint8Array): ConvertResult {
  const decoded = decodeSource(fileName, bytes);
  if (!decoded.ok) return { ok: false, issues: decoded.issues };
  return convertLines(disclosureId(fileName), [fileName], decoded.value.lines, decoded.value.notes);
}

/** Decoded lines of one or more text files. */
export function convertLines(
  id: string,
  files: readonly string[],
  lines: readonly string[],
  notes: readonly Issue[],
): ConvertResult {
  const fileName = files[0];
  const layout = detectLayout(lines);
  if (!layout) {
    return {
      ok: false,
      issues: [
        ...notes,
        {
          severity: 'error',
          code: 'unknown-layout',
          file: fileName,
          line: 0,
          table: null,
          message:
            'found no tables: expected tab-separated cells, one cell per tab-led line, or PDF text with amounts separated by spaces',
        },
      ],
    };
  }
  return convertItems({
    id,
    fileName,
    text: `sources/${fileName}`,
    documents: [],
    lines,
    items: toItems(lines, layout),
    layout,
    notes,
  });
}

/** The positioned text of one or more PDFs (read/source.ts). */
export function convertPositioned(id: string, text: PositionedText, notes: readonly Issue[]): ConvertResult {
  const documents = text.documents;
  const result = convertItems({
    id,
    fileName: documents[0]?.file ?? id,
    text: `text/${id}.txt`,
    documents,
    lines: text.lines,
    items: positionedItems(text),
    layout: 'pdf',
    notes,
  });
  // Diagnostics name the PDF and the page a line is printed on.
  const locate = (issue: Issue): Issue => {
    const where = issue.line > 0 ? pageOfLine(documents, issue.line) : null;
    return where ? { ...issue, file: where.file, page: where.page } : issue;
  };
  return result.ok
    ? { ok: true, disclosure: { ...result.disclosure, issues: result.disclosure.issues.map(locate) } }
    : { ok: false, issues: result.issues.map(locate) };
}

interface ConvertInput {
  id: string;
  /** Named in diagnostics that concern the whole disclosure. */
  fileName: string;
  text: string;
  documents: Disclosure['documents'];
  lines: readonly string[];
  items: Item[];
  layout: Disclosure['layout'];
  notes: readonly Issue[];
}

function convertItems(input: ConvertInput): ConvertResult {
  const { fileName, lines, items, layout } = input;
  const traits = traitsOf(layout);
  const issues: Issue[] = [...input.notes];
  const fail = (code: Issue['code'], message: string): ConvertResult => ({
    ok: false,
    issues: [...issues, { severity: 'error', code, file: fileName, line: 0, table: null, message }],
  });
  const tables = segmentTables(items, layout);
  if (tables.length === 0) {
    return fail(
      'no-tables',
      'found no budget table titles (such as 收支总表, 支出功能分类预算表 or 一般公共预算支出表)',
    );
  }
  issues.push(...truncation(fileName, lines, tables, layout), ...strayRows(fileName, items, tables, layout));

  const parsed = parseDocument(fileName, tables, issues);
  issues.push(...missingTables(fileName, items, tables, parsed));
  for (const table of parsed.rowTables) issues.push(...structureIssues(fileName, table));
  const { obs, allGpb } = observeDocument(parsed);
  const stream = narrativeStream(items, tables, traits.proseWraps);
  const narrative = { ...readNarrative(stream), changes: readStatedChanges(stream) };
  const budget = {
    ...assemble(parsed, obs, readIdentity(lines), tables, narrative),
    duties: readDuties(items, tables, traits.proseWraps),
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

  issues.push(...projectIssues(fileName, parsed, budget));

  const checks = runChecks({
    parsed,
    budget,
    obs,
    allGpb,
    stream,
    note: (line, table, message) =>
      issues.push({ severity: 'info', code: 'list-unread', file: fileName, line, table, message }),
  });

  return {
    ok: true,
    disclosure: {
      id: input.id,
      sourceFile: fileName,
      text: input.text,
      documents: input.documents,
      layout,
      tables: tables.map(tableInfo),
      ...budget,
      checks,
      issues: sortIssues(issues),
    },
  };
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

function sortIssues(issues: readonly Issue[]): Issue[] {
  const rank = { error: 0, warning: 1, info: 2 } as const;
  return [...issues].sort(
    (a, b) => rank[a.severity] - rank[b.severity] || a.line - b.line || a.message.localeCompare(b.message),
  );
}
