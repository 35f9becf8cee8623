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
  const classes = table.rows.filter((_, index) => roles[index] === 'class' && table.rows[index].code);
  /** The code lengths the table prints rows at (3 类, 5 款, 7 项). */
  const levels = new Set(classes.map((row) => (row.code as string).length));
  /** Rows whose parent's level the table prints nowhere, by the parent's code length. */
  const unprinted = new Map<number, RowTable['rows']>();
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
    const parent = row.code.slice(0, -2);
    if (row.code.length > 3 && !seen.has(parent) && !levels.has(parent.length)) {
      // A level the table never prints (a table of 项 alone): said once for the table, below.
      if (!unprinted.has(parent.length)) unprinted.set(parent.length, []);
      unprinted.get(parent.length)?.push(row);
    } else if (row.code.length > 3 && !seen.has(parent)) {
      issues.push(
        issue(
          'identity-missing',
          row.line,
          `${row.code} ${row.name} has no ${row.code.slice(0, -2)} row above it, so its sums cannot be checked; was a line lost?`,
        ),
      );
    }
  });
  for (const [length, rows] of unprinted) {
    const [first] = rows;
    issues.push(
      issue(
        'identity-missing',
        first.line,
        `${rows.length} ${rows.length === 1 ? 'row' : 'rows'} with ${(first.code as string).length}-digit codes (the first ${first.code} ${first.name}) and no row with a ${length}-digit code above any of them: the table lists them without the level above, so their sums cannot be checked here; was a line lost, or does the table print this level alone?`,
      ),
    );
  }
  // A 类/款 above the deepest level with nothing under it, where most at its level have rows
  // under them: a lost line. (Where most have none, as the 款 of an economic classification,
  // of which a few are split further, a row with none is the rule, not a loss.)
  const deepest = Math.max(0, ...levels);
  const under = (code: string) =>
    classes.some((other) => other.code !== code && other.code?.startsWith(code));
  for (const length of levels) {
    if (length >= deepest) continue;
    const atLevel = classes.filter((row) => row.code?.length === length);
    const bare = atLevel.filter((row) => !under(row.code as string));
    if (bare.length * 2 > atLevel.length) continue;
    for (const row of bare) {
      issues.push(
        issue(
          'identity-missing',
          row.line,
          `${row.code} ${row.name} has no rows under it, though the table lists them for the others, so its sum cannot be checked; was a line lost?`,
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
