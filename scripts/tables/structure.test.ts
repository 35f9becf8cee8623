import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/domain/issues';
import { parseDocument } from './parse';
import { structureIssues } from './structure';
import { tablesFrom } from './testing';

const HEADER = `
附表7 一般公共预算支出表
单位：元
科目编码\t科目名称\t合计\t基本支出\t项目支出`;

function issuesFor(rows: string): string[] {
  const issues: Issue[] = [];
  const parsed = parseDocument('sample.txt', tablesFrom(`${HEADER}\n${rows}`, 'tabbed'), issues);
  return parsed.rowTables.flatMap((t) => structureIssues('sample.txt', t)).map((i) => `${i.code}@${i.line}`);
}

describe('structureIssues', () => {
  it('finds nothing wrong in a complete tree', () => {
    const rows = `合计\t\t30.00\t20.00\t10.00
201\t一般公共服务支出\t30.00\t20.00\t10.00
20103\t政府办公厅（室）及相关机构事务\t30.00\t20.00\t10.00
2010301\t行政运行\t20.00\t20.00\t
2010302\t一般行政管理事务\t10.00\t\t10.00`;
    expect(issuesFor(rows)).toEqual([]);
  });

  it('names a 项 whose 款 is missing (a lost line)', () => {
    const rows = `合计\t\t30.00\t20.00\t10.00
201\t一般公共服务支出\t30.00\t20.00\t10.00
2010301\t行政运行\t20.00\t20.00\t
2010302\t一般行政管理事务\t10.00\t\t10.00`;
    // Lines: title 1, unit 2, header 3, 合计 4, 201 5, 2010301 6, 2010302 7. 201 is left with
    // no 款 under it; each 项 has no 款 above it.
    expect(issuesFor(rows).sort()).toEqual([
      'identity-missing@5',
      'identity-missing@6',
      'identity-missing@7',
    ]);
  });

  it('names a row printed twice (a repeated page)', () => {
    const rows = `合计\t\t30.00\t20.00\t10.00
201\t一般公共服务支出\t30.00\t20.00\t10.00
20103\t政府办公厅（室）及相关机构事务\t30.00\t20.00\t10.00
2010301\t行政运行\t20.00\t20.00\t
2010301\t行政运行\t20.00\t20.00\t`;
    expect(issuesFor(rows)).toEqual(['duplicate-row@8']);
  });

  it('names a 款 with nothing under it and a row that lost its code (a lost line in PDF text)', () => {
    const rows = `合计\t\t30.00\t20.00\t10.00
201\t一般公共服务支出\t30.00\t20.00\t10.00
20103\t政府办公厅（室）及相关机构事务\t20.00\t20.00\t
2010301\t行政运行\t20.00\t20.00\t
20104\t发展与改革事务\t10.00\t\t10.00
\t一般行政管理事务\t10.00\t\t10.00`;
    expect(issuesFor(rows)).toEqual(['identity-missing@8', 'identity-missing@9']);
  });
});
