import { describe, expect, it } from 'vitest';
import { detectLayout, toItems } from './items';

const repeat = (line: string, n: number): string[] => Array.from({ length: n }, () => line);

describe('detectLayout', () => {
  it.each([
    ['tabbed', repeat('2010301-行政运行\t4,792,654.93\t4,792,654.93', 12)],
    ['cell-per-line', repeat('\t2010301', 25)],
    ['pdf-text', repeat('2014150 事业运行 275.25 275.25 251.48 23.77', 12)],
    [null, repeat('部门预算公开是政府信息公开的重要内容。', 40)],
  ] as const)('%s', (layout, lines) => expect(detectLayout(lines)).toBe(layout));
});

describe('toItems', () => {
  it('tabbed: one row per line, empty cells kept, bookmarks removed', () => {
    const items = toItems(['附表7', '201-一般公共服务支出\t5,096,654.93\t\t304,000.00'], 'tabbed');
    expect(items).toEqual([
      { kind: 'text', line: 1, text: '附表7' },
      {
        kind: 'row',
        line: 2,
        cells: ['201-一般公共服务支出', '5,096,654.93', '', '304,000.00'],
        cellLines: [2, 2, 2, 2],
      },
    ]);
  });

  it('cell-per-line: a Word export prints each cell on its own tab-led line, rows end at a blank', () => {
    const lines = [
      '[bookmark: _Toc_2_2_0000000003]部门预算支出总表',
      '\t2',
      '\t201',
      '\t一般公共服务支出',
      '\t2100.79',
      '',
      '\t3',
      '\t20103',
    ];
    expect(toItems(lines, 'cell-per-line')).toEqual([
      { kind: 'text', line: 1, text: '部门预算支出总表' },
      { kind: 'row', line: 2, cells: ['2', '201', '一般公共服务支出', '2100.79'], cellLines: [2, 3, 4, 5] },
      { kind: 'row', line: 7, cells: ['3', '20103'], cellLines: [7, 8] },
    ]);
  });

  it('pdf-text: keeps lines, drops page footers', () => {
    const items = toItems(['20805', '', '行政事业单位养老支', '— 17 —', '出', '36.79 36.79'], 'pdf-text');
    expect(items.map((item) => (item.kind === 'text' ? item.text : ''))).toEqual([
      '20805',
      '行政事业单位养老支',
      '出',
      '36.79 36.79',
    ]);
  });
});
