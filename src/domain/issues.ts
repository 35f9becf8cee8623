// Diagnostics raised while converting a disclosure. Errors are values: every problem becomes one
// of these, naming the file, the line and what was expected.

export const ISSUE_CODES = [
  'empty-file',
  'binary-file',
  'decoded-gbk',
  'text-normalized',
  'damaged-text',
  'unknown-layout',
  'no-tables',
  'missing-table',
  'truncated-table',
  'unit-missing',
  'not-a-number',
  'amount-unrepresentable',
  'row-unplaced',
  'placement-inferred',
  'header-unrecognized',
  'identity-missing',
  'duplicate-row',
  'stray-rows',
  'name-differs',
  'internal-error',
  'pdf-not-pdf',
  'pdf-encrypted',
  'pdf-damaged',
  'pdf-no-text',
  'pdf-page-unreadable',
  'mixed-sources',
  'not-a-budget',
  'identity-from-file',
  'list-unread',
  'function-differs',
] as const;
export type IssueCode = (typeof ISSUE_CODES)[number];

/** The only codes that may concern a whole file (line 0); every other issue names its line. */
export const FILE_LEVEL_CODES: ReadonlySet<IssueCode> = new Set([
  'empty-file',
  'binary-file',
  'decoded-gbk',
  'text-normalized',
  'unknown-layout',
  'no-tables',
  'missing-table',
  'internal-error',
  'pdf-not-pdf',
  'pdf-encrypted',
  'pdf-damaged',
  'pdf-no-text',
  'pdf-page-unreadable',
  'mixed-sources',
  'not-a-budget',
  'identity-from-file',
]);

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export interface Issue {
  severity: Severity;
  code: IssueCode;
  file: string;
  /** 1-based line in the source file; 0 when the issue concerns the whole file. */
  line: number;
  /** Title of the table concerned, or null. */
  table: string | null;
  message: string;
  /** Page of the PDF the line is printed on (PDF sources only; `line` is in its reconstructed text). */
  page?: number;
}

export function formatIssue(issue: Issue): string {
  const where =
    issue.page !== undefined
      ? `${issue.file} (page ${issue.page}${issue.line > 0 ? `, text line ${issue.line}` : ''})`
      : issue.line > 0
        ? `${issue.file}:${issue.line}`
        : issue.file;
  const table = issue.table ? ` [${issue.table}]` : '';
  return `${where}: ${issue.severity}${table}: ${issue.message} (${issue.code})`;
}
