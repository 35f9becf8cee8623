// The shape of a classification table: every 款 is printed under its 类 and every 项 under its
// 款, and no code twice in one section. A row without its parent, or printed twice, means a
// line was lost or repeated (a cut page, a doubled page), and the sums cannot tell.
//
//     201⇥一般公共服务支出⇥1,185.09
//     2013750⇥事业运行⇥1,185.09        ← 20137 网信事务 is missing above it

import type { Issue } from '../../src/domain/issues';
import type { RowTable } from './parse';
import { rowRoles } from './roles';

export function structureIssues(file: string, table: RowTable): Issue[] {
  const issues: Issue[] = [];
  const roles = rowRoles(table.rows);
  const issue = (code: Issue['code'], line: number, message: string): Issue => ({
    severity: 'warning',
    code,
    file,
    line,
    table: table.table.label,
    message,
  });
  let seen = new Map<string, number>();
  const once = new Map<string, number>();
  table.rows.forEach((row, index) => {
    if (roles[index] === 'total' || roles[index] === 'unit') {
      // One 合计 and each unit once per table: a second means two tables ran together (a title
      // lost between them) or a page was printed twice.
      const key = roles[index] === 'total' ? '合计' : (row.code ?? row.name);
      const earlier = once.get(key);
      if (earlier !== undefined) {
        issues.push(
          issue(
            'duplicate-row',
            row.line,
            `${key === '合计' ? '合计' : `${row.code} ${row.name}`} is printed again (first on line ${earlier}); expected it once per table — did two tables run together, or a page repeat?`,
          ),
        );
      } else once.set(key, row.line);
    }
    if (roles[index] === 'unit') {
      seen = new Map();
      return;
    }
    if (roles[index] !== 'class' || !row.code) return;
    const earlier = seen.get(row.code);
    if (earlier !== undefined) {
      issues.push(
        issue(
          'duplicate-row',
          row.line,
          `${row.code} ${row.name} is printed again (first on line ${earlier}); expected each code once — is a page repeated?`,
        ),
      );
      return;
    }
    seen.set(row.code, row.line);
    if (row.code.length > 3 && !seen.has(row.code.slice(0, -2))) {
      issues.push(
        issue(
          'identity-missing',
          row.line,
          `${row.code} ${row.name} has no ${row.code.slice(0, -2)} row above it, so its sums cannot be checked; was a line lost?`,
        ),
      );
    }
  });
  // Every 类/款 above the deepest level has rows under it, and every row has a code.
  const classes = table.rows.filter((_, index) => roles[index] === 'class' && table.rows[index].code);
  const deepest = Math.max(0, ...classes.map((row) => row.code?.length ?? 0));
  for (const row of classes) {
    const code = row.code as string;
    if (code.length >= deepest) continue;
    if (!classes.some((other) => other.code?.length === code.length + 2 && other.code.startsWith(code))) {
      issues.push(
        issue(
          'identity-missing',
          row.line,
          `${code} ${row.name} has no rows under it, though the table lists them for the others, so its sum cannot be checked; was a line lost?`,
        ),
      );
    }
  }
  table.rows.forEach((row, index) => {
    if (roles[index] === 'other' && Object.values(row.values).some(Boolean)) {
      issues.push(
        issue(
          'identity-missing',
          row.line,
          `the row “${row.name}” has figures but no code, so it has no place in the classification; was its code lost?`,
        ),
      );
    }
  });
  return issues;
}
