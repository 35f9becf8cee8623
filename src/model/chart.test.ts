import { describe, expect, it } from 'vitest';
import type { Amount } from './amount';
import { chartRows, chartSource, wrapLabel } from './chart';
import { searchProjects, withHaystack, type ProjectRow } from './projects';
import type { DrillRow } from './tree';

const amount = (fen: number): Amount => ({ fen, sources: [] });
const drillRow = (code: string, total: number, basic: number | null, project: number | null): DrillRow => ({
  node: {
    code,
    name: `item ${code}`,
    level: 1,
    parent: null,
    total: amount(total),
    basic: basic === null ? null : amount(basic),
    project: project === null ? null : amount(project),
    personnel: null,
    publicUse: null,
  },
  shareOfParent: null,
  shareOfTotal: null,
  hasChildren: false,
});

describe('chartRows', () => {
  it('draws the largest items and lists those too small to read', () => {
    const rows = [
      drillRow('201', 1_000_000, 900_000, 100_000),
      drillRow('208', 4_000, 4_000, null),
      drillRow('210', 300_000, null, null),
    ];
    const { bars, hidden } = chartRows(rows, 1_000_000);
    expect(bars.map((b) => [b.code, b.basic, b.project, b.unsplit])).toEqual([
      ['201', 0.9, 0.1, 0],
      ['210', 0, 0, 0.3], // not split into basic and project: drawn as such, not as basic
    ]);
    expect(hidden.map((r) => r.node.code)).toEqual(['208']); // 0.4% of the largest
  });
});

describe('chartSource', () => {
  const sourced = (fen: number, table: string): Amount => ({
    fen,
    sources: [{ id: 'd', file: 'd.txt', table, line: 1, fen, step: 1 }],
  });
  const row = (total: Amount, basic: Amount | null): DrillRow => ({
    ...drillRow('201', total.fen, null, null),
    node: { ...drillRow('201', total.fen, null, null).node, total, basic },
  });
  const rows = [
    row(sourced(10, '附表4 支出功能分类预算表'), sourced(8, '附表7 一般公共预算支出表')),
    row(sourced(5, '附表4 支出功能分类预算表'), null),
  ];
  const office = { department: { name: '大连市西岗区人民政府办公室' }, year: 2025 };

  it('names one department, its year and the tables of the drawn column, once each', () => {
    expect(chartSource([office], rows, 'total', '2 份合计')).toEqual({
      department: '大连市西岗区人民政府办公室',
      year: '2025',
      tables: '附表4 支出功能分类预算表',
    });
    expect(chartSource([office], rows, 'basic', '2 份合计').tables).toBe('附表7 一般公共预算支出表');
  });

  it('names several disclosures as an aggregate, with each year once', () => {
    const huangpi = { department: { name: '武汉市黄陂区大数据中心' }, year: 2024 };
    expect(chartSource([office, huangpi, office], rows, 'total', '3 份合计')).toMatchObject({
      department: '3 份合计',
      year: '2025、2024',
    });
  });
});

describe('searchProjects', () => {
  const project = (name: string, department: string, code: string | null): ProjectRow =>
    withHaystack({
      key: name,
      disclosureId: 'd',
      position: 1,
      department,
      year: 2025,
      code,
      name,
      unit: null,
      amount: amount(1),
      fundingSource: null,
    });
  const rows = [
    project('城市视频经费', '武汉市硚口区大数据中心', '42010425135T000000104'),
    project('链路租赁费', '武汉市黄陂区大数据中心', '42011623032T000000104'),
  ];
  it.each([
    ['城市视频', ['城市视频经费']],
    ['黄陂 链路', ['链路租赁费']],
    ['135t', ['城市视频经费']], // codes, case-insensitive
    ['', ['城市视频经费', '链路租赁费']],
    ['不存在', []],
  ])('%j', (query, names) => expect(searchProjects(rows, query).map((r) => r.name)).toEqual(names));
});

describe('wrapLabel', () => {
  it('wraps a long name onto a second line instead of cutting it', () => {
    // 12 px CJK characters: 120 px holds 10 a line.
    expect(wrapLabel('政府办公厅（室）及相关机构事务', 120, 12)).toEqual([
      '政府办公厅（室）及相',
      '关机构事务',
    ]);
  });
  it('keeps a short name on one line', () => {
    expect(wrapLabel('行政运行', 120, 12)).toEqual(['行政运行']);
  });
  it('cuts only what does not fit on the last line, with an ellipsis', () => {
    const lines = wrapLabel('一二三四五六七八九十一二三四五六七八九十一二三', 60, 12);
    expect(lines).toEqual(['一二三四五', '六七八九…']);
  });
  it('counts digits and Latin letters narrower than CJK characters', () => {
    expect(wrapLabel('2010301 Administration', 200, 12)).toEqual(['2010301 Administration']);
  });
});

describe('wrapLabel in English', () => {
  it('wraps between words, not inside one', () => {
    // 12 px: about 20 Latin characters in 150 px.
    expect(wrapLabel('Government offices and related agencies', 150, 12)).toEqual([
      'Government offices',
      'and related agencies',
    ]);
  });
});
