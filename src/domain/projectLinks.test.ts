// Linking projects to the functional item they pay for, on hand-made documents.

import { describe, expect, it } from 'vitest';
import { convertDisclosure } from '../../scripts/convert';
import { linkProjects } from './projectLinks';

/** 201 → 20103 → 2010301 (basic 200.00) and 2010302 (project 300.00), and a project table. */
function document(projects: string): string {
  const table = (n: number) => `一般公共预算支出表
表${n}
金额单位：元
科目	合计	基本支出	项目支出
合计	500.00	200.00	300.00
201-一般公共服务支出	500.00	200.00	300.00
20103-政府办公厅（室）及相关机构事务	500.00	200.00	300.00
2010301-行政运行	200.00	200.00	
2010302-一般行政管理事务	300.00		300.00
`;
  return `某某局2025年部门预算\n\n${table(1)}\n${table(2)}\n项目支出表\n表3\n金额单位：元\n${projects}`;
}

function convert(text: string) {
  const result = convertDisclosure('hand-made.txt', new TextEncoder().encode(text));
  if (!result.ok) throw new Error(result.issues.map((i) => i.message).join('; '));
  return result.disclosure;
}

describe('linkProjects', () => {
  it('reads a 功能科目 column and links by it', () => {
    const d = convert(
      document(`项目名称	功能科目	合计	一般公共预算
合计		300.00	300.00
会议组织	2010302-一般行政管理事务	120.00	120.00
档案整理	2010302-一般行政管理事务	180.00	180.00
`),
    );
    expect(d.projects.map((p) => p.functionalCode)).toEqual(['2010302', '2010302']);
    const [link] = linkProjects(d);
    expect(link).toMatchObject({ code: '2010302', method: 'column', fen: 30000 });
    expect(link.projects.map((p) => p.name)).toEqual(['会议组织', '档案整理']);
  });

  it('without the column, links a funding source whose projects sum to one item alone', () => {
    const d = convert(
      document(`项目名称	合计	一般公共预算
合计	300.00	300.00
会议组织	120.00	120.00
档案整理	180.00	180.00
`),
    );
    expect(linkProjects(d)).toMatchObject([{ code: '2010302', method: 'funding-sum', fen: 30000 }]);
  });

  it('links nothing when the sums match no item', () => {
    const d = convert(
      document(`项目名称	合计	一般公共预算
合计	250.00	250.00
会议组织	120.00	120.00
档案整理	130.00	130.00
`),
    );
    expect(linkProjects(d)).toEqual([]);
  });
});
