// The pure functions behind the views, on the converted seeds. Expected figures are the
// documents' own (see tests/golden for where each is printed).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { DisclosureFile } from '../domain/budget';
import { convertDisclosure } from '../../scripts/convert';
import type { CatalogEntry } from '../domain/catalog';
import { classRows, entityFor, explainGap, shareGroups } from './compare';
import { headline } from './filters';
import { ancestry, budgetTotal, drillRows, economicTree, functionalTree } from './tree';

function load(file: string): DisclosureFile {
  const result = convertDisclosure(file, readFileSync(join(__dirname, '../../public/data/sources', file)));
  if (!result.ok) throw new Error('did not convert');
  const { checks, ...rest } = result.disclosure;
  return { ...rest, checkCount: { passed: checks.length, failed: 0 }, version: 'test' };
}

const office = load('2025-dalian-xigang-103-government-office.txt');
const huangpi = load('2024-wuhan-huangpi-032-big-data-center.txt');
const dataCenter = load('2025-dalian-xigang-146-big-data-center.txt');

describe('drill-down', () => {
  const nodes = functionalTree([office]);

  it('lists the children of 20103 with their share of it', () => {
    const rows = drillRows(nodes, '20103', budgetTotal([office]));
    expect(
      rows.map((r) => [r.node.code, r.node.total?.fen, r.shareOfParent?.toFixed(4), r.hasChildren]),
    ).toEqual([
      ['2010301', 479265493, (4792654.93 / 5096654.93).toFixed(4), false],
      ['2010302', 30400000, (304000 / 5096654.93).toFixed(4), false],
    ]);
    expect(rows[0].node.total?.sources).toEqual([
      {
        id: '2025-dalian-xigang-103-government-office',
        file: '2025-dalian-xigang-103-government-office.txt',
        table: '表4 支出功能分类预算表',
        line: 400,
        // 4,792,654.93 元, printed to the fen.
        fen: 479265493,
        step: 1,
      },
    ]);
  });

  it('gives the 类 at the top, as shares of the whole budget', () => {
    const rows = drillRows(nodes, null, budgetTotal([office]));
    expect(rows.map((r) => r.node.code)).toEqual(['201', '208', '210', '221']);
    expect(rows.reduce((sum, r) => sum + (r.shareOfParent ?? 0), 0)).toBeCloseTo(1, 10);
  });

  it('builds the breadcrumb 201 → 20103 → 2010301', () => {
    expect(ancestry(nodes, '2010301').map((n) => `${n.code} ${n.name}`)).toEqual([
      '201 一般公共服务支出',
      '20103 政府办公厅（室）及相关机构事务',
      '2010301 行政运行',
    ]);
  });

  it('adds up several disclosures by code, keeping every source', () => {
    const both = functionalTree([office, dataCenter]);
    const pension = both.find((n) => n.code === '2080505');
    // 580,335.72 元 (103 附表4) + 377,166.96 元 (146 附表3).
    expect(pension?.total?.fen).toBe(58033572 + 37716696);
    expect(pension?.total?.sources.map((s) => s.id)).toEqual([office.id, dataCenter.id]);
  });

  it('reads the economic classification of basic expenditure', () => {
    const economic = economicTree([office]);
    expect(economic.filter((n) => n.parent === '303').map((n) => [n.code, n.personnel?.fen])).toEqual([
      ['30302', 8663448],
      ['30309', 72000],
      ['30399', 134400],
    ]);
  });
});

describe('compare', () => {
  const units = ['032001', '032002', '032003'].map((code) => entityFor(`${huangpi.id}:${code}`, huangpi));

  it('compares the three 黄陂区 sub-units by their totals (表5-2)', () => {
    expect(units.map((u) => [u?.name, u?.total?.fen, u?.basic?.fen, u?.project?.fen])).toEqual([
      ['武汉市黄陂区大数据中心本级', 878120000, 175120000, 703000000],
      ['武汉市黄陂区网络运维服务中心', 170840000, 160840000, 10000000],
      ['武汉市黄陂区数据资源服务中心', 212730000, 202730000, 10000000],
    ]);
  });

  it('explains the gap between two units by basic and project expenditure', () => {
    const [a, b] = units;
    if (!a || !b) throw new Error('missing unit');
    const gap = explainGap(a, b);
    expect(gap.difference).toBe(878120000 - 170840000);
    expect(gap.levels).toHaveLength(1);
    expect(gap.levels[0].parts[0]).toMatchObject({ code: 'project', difference: 703000000 - 10000000 });
  });

  it('explains the gap between two departments by 类, then by 款 of the largest, one level each', () => {
    const a = entityFor(dataCenter.id, dataCenter);
    const b = entityFor(office.id, office);
    if (!a || !b) throw new Error('missing');
    const gap = explainGap(a, b);
    // Every part of the first level is a 类; its shares are of the whole difference.
    expect(gap.levels[0].of).toBeNull();
    expect(gap.levels[0].parts.every((p) => p.code.length === 3)).toBe(true);
    expect(gap.levels[0].parts[0]).toMatchObject({ code: '229', difference: 966147575 });
    expect(gap.levels[0].parts[0].shareOfGap).toBeCloseTo(966147575 / gap.difference, 10);
    // 229 has one 款 (22999): nothing more to explain at the second level.
    expect(gap.levels).toHaveLength(1);
    expect(classRows([a, b]).map((r) => r.code)).toEqual(['201', '206', '208', '210', '221', '229']);
  });
});

describe('shareGroups', () => {
  it('gives each 类 every entity’s share of its own total, largest first', () => {
    const a = entityFor(dataCenter.id, dataCenter);
    const b = entityFor(office.id, office);
    if (!a || !b) throw new Error('missing');
    const groups = shareGroups(classRows([a, b]));
    // 201 一般公共服务支出: 5,096,654.93 of the office's 7,198,527.41 元 (70.8 %), none of the
    // data center's; 229 其他支出: 9,661,475.75 of the data center's 13,783,906.47 元 (70.1 %).
    expect(groups.slice(0, 2).map((g) => g.code)).toEqual(['201', '229']);
    expect(groups[0].shares[1]).toBeCloseTo(5096654.93 / 7198527.41, 10);
    expect(groups[1].shares[0]).toBeCloseTo(9661475.75 / 13783906.47, 10);
    expect(groups[1].shares[1]).toBe(0);
  });
});

describe('the overview headline', () => {
  const entry = (id: string, total: number, basic: number, year: number) =>
    ({
      id,
      year,
      sourceFile: `${id}.txt`,
      expenditure: {
        total: { fen: total, step: 1, table: '表1', line: 1 },
        basic: { fen: basic, step: 1, table: '表1', line: 1 },
        project: null,
      },
    }) as unknown as CatalogEntry;
  const all = [entry('a', 1000, 250, 2025), entry('b', 3000, 750, 2024)];

  it('adds up what is ticked, with its years and basic share', () => {
    const top = headline(all, ['b'], all);
    expect(top).toMatchObject({ selected: true, years: [2024], basicShare: 0.25 });
    expect(top.total?.fen).toBe(3000);
  });
  it('adds up what the search shows when nothing is ticked', () => {
    const top = headline(all, [], all);
    expect(top).toMatchObject({ selected: false, years: [2024, 2025], basicShare: 0.25 });
    expect(top.total?.fen).toBe(4000);
  });
});
