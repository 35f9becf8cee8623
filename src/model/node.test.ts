// The node model behind 支出去向, 基本与项目 and the embed, on the converted seeds. Expected
// figures are typed from the documents (public/data/sources/<file>.txt, line numbers given).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DisclosureFile } from '../domain/budget';
import { parseSelectionKey } from '../domain/selection';
import { convertDisclosure } from '../../scripts/convert';
import { disclosureNode, nodeLabel } from './node';
import { linkProjects } from '../domain/projectLinks';

function load(file: string): DisclosureFile {
  const result = convertDisclosure(file, readFileSync(join(__dirname, '../../public/data/sources', file)));
  if (!result.ok) throw new Error('did not convert');
  const { checks, ...rest } = result.disclosure;
  return { ...rest, checkCount: { passed: checks.length, failed: 0 }, version: 'test' };
}

const huangpi = load('2024-wuhan-huangpi-032-big-data-center.txt');
const dataCenter = load('2025-dalian-xigang-146-big-data-center.txt');
const office = load('2025-dalian-xigang-103-government-office.txt');
const keys = (...list: string[]) => list.map(parseSelectionKey);

describe('a unit of a disclosure', () => {
  it('shows the unit’s own figures, not the department’s (表5-2, line 211)', () => {
    const node = disclosureNode([huangpi], keys(`${huangpi.id}:032002`), null);
    expect(node.unit?.name).toBe('武汉市黄陂区网络运维服务中心');
    expect(node.total?.fen).toBe(170_840_000); // 170.84 万元
    expect(node.basic?.fen).toBe(160_840_000);
    expect(node.project?.fen).toBe(10_000_000);
    expect(node.rows).toEqual([]);
    expect(node.notices.map((n) => n.kind)).toEqual(['unit-totals-only']);
    expect(nodeLabel(node, (_, name) => name, 'all')).toBe('武汉市黄陂区网络运维服务中心');
  });

  it('adds up whole departments when units are among several entities, and says so', () => {
    const node = disclosureNode([huangpi, office], keys(`${huangpi.id}:032002`, office.id), null);
    expect(node.unit).toBeNull();
    expect(node.notices.map((n) => n.kind)).toContain('units-as-departments');
  });
});

describe('an item of the classification', () => {
  it('falls back to the whole budget on an unknown code, and says so', () => {
    const node = disclosureNode([office], keys(office.id), '299');
    expect(node.code).toBeNull();
    expect(node.notices).toEqual([{ kind: 'unknown-code', code: '299' }]);
    expect(node.rows.map((r) => r.node.code)).toEqual(['201', '208', '210', '221']);
  });

  it('has no projects above a leaf', () => {
    expect(disclosureNode([dataCenter], keys(dataCenter.id), '229').projects).toEqual([]);
  });
});

describe('projects behind a leaf', () => {
  // 表3 支出预算总表 line 424: 2299999-其他支出 9,661,475.75, all 项目支出. 表12 项目支出表
  // lines 645–655: ten projects paid from 财政专户管理资金 and 聘用工程师奖金 (20,000.00) from
  // 一般公共预算, which is 2069999's 项目支出.
  it('links the 财政专户 projects to 2299999 其他支出, whose 项目支出 they sum to exactly', () => {
    const node = disclosureNode([dataCenter], keys(dataCenter.id), '2299999');
    expect(node.projects).toHaveLength(1);
    const [link] = node.projects;
    expect(link.method).toBe('funding-sum');
    expect(link.fundingSource).toBe('财政专户管理资金');
    expect(link.fen).toBe(966_147_575);
    expect(link.projects).toHaveLength(10);
    const safe = link.projects.find((p) => p.name.includes('平安社区'));
    expect(safe?.amount.fen).toBe(480_022_800);
    // Its performance targets: the 项目支出绩效表 row of 21020325T000000453501, line 708.
    expect(safe?.performance).toEqual({ table: '项目支出绩效表', line: 708 });
  });

  it('links 聘用工程师奖金 alone to the one item with 20,000.00 of project spending', () => {
    const links = linkProjects(dataCenter);
    const gpb = links.find((l) => l.fundingSource === '一般公共预算');
    expect(gpb?.code).toBe('2069999');
    expect(gpb?.projects.map((p) => p.name)).toEqual(['聘用工程师奖金']);
  });

  it('links nothing when the sums leave more than one answer or none', () => {
    const twin = {
      ...dataCenter,
      functional: dataCenter.functional.map((row) =>
        row.code === '2060199' ? { ...row, project: { ...row.total!, fen: 2_000_000 } } : row,
      ),
    };
    expect(linkProjects(twin).some((l) => l.fundingSource === '一般公共预算')).toBe(false);
  });
});
