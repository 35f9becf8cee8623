// The shape of a classification table: every 款 is printed under its 类 and every 项 under its
// 款, and no code twice in one section. A row without its parent, or printed twice, means a
// line was lost or repeated (a cut page, a doubled page), and the sums cannot tell.
//
//     201⇥一般公共服务支出⇥1,185.09
//     2013750⇥事业运行⇥1,185.09        ← 20137 网信事务 is missing above it

import type { Issue } from '../../src/domain/issues';
import type { RowTable } from '../budget/parse';
import { rowRoles } from '../budget/roles';

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
  table.rows.forEach((row, index) => {
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
  return issues;
}
