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
    // Lines: title 1, unit 2, header 3, 合计 4, 201 5, 2010301 6, 2010302 7. The table prints
    // no 款 at all: said once, at the first 项 without one (201 has rows under it, its 项).
    expect(issuesFor(rows)).toEqual(['identity-missing@6']);
  });

  it('says once that a table prints its 项 alone, not once a row', () => {
    // As 北京市民政局 2026's 预算05表 prints them: 7-digit codes only.
    const rows = `合计		40.00	30.00	10.00
2050803	培训支出	10.00		10.00
2080201	行政运行	20.00	20.00	
2101101	行政单位医疗	10.00	10.00	`;
    const issues: Issue[] = [];
    const parsed = parseDocument('sample.txt', tablesFrom(`${HEADER}\n${rows}`, 'tabbed'), issues);
    const found = parsed.rowTables.flatMap((t) => structureIssues('sample.txt', t));
    expect(found.map((i) => `${i.code}@${i.line}`)).toEqual(['identity-missing@5']);
    expect(found[0].message).toContain('3 rows with 7-digit codes (the first 2050803 培训支出)');
    expect(found[0].message).toContain('no row with a 5-digit code');
  });

  it('leaves alone the 款 of an economic classification that are not split further', () => {
    // As 重庆's 一般公共预算基本支出表: 30211 差旅费 alone is split (3021101), the other 款 not.
    const rows = `合计		60.00	60.00	
301	工资福利支出	30.00	30.00	
30101	基本工资	20.00	20.00	
30102	津贴补贴	10.00	10.00	
302	商品和服务支出	30.00	30.00	
30201	办公费	10.00	10.00	
30211	差旅费	20.00	20.00	
3021101	差旅费	20.00	20.00	`;
    expect(issuesFor(rows)).toEqual([]);
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
