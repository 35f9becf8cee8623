// The tables of a disclosure, whatever its layout: titles, header rows and cells. A cell is a
// label (text), an amount in fen, or empty (null). Renderers (render*.ts) print them in a
// layout family.

import type { MoneyUnit } from '../../src/domain/money';
import { totals, type SyntheticBudget } from './budget';
import { FUNCTIONAL } from './names';

export type Cell = string | { fen: number } | null;

export interface Table {
  title: string;
  number: string;
  unit: MoneyUnit;
  header: string[][];
  rows: Cell[][];
  /** Cells at the start of each row that are labels (code, name …). */
  labels: number;
  /** A two-sided table (收支总表): label, amount, label, amount. */
  twoSided?: boolean;
  /** Print zeros as 0.00 rather than leaving the cell empty (the “三公” table). */
  zeros?: boolean;
}

const CN = [
  '一',
  '二',
  '三',
  '四',
  '五',
  '六',
  '七',
  '八',
  '九',
  '十',
  '十一',
  '十二',
  '十三',
  '十四',
  '十五',
];
const amount = (fen: number): Cell => (fen ? { fen } : null);

/** 类 printed on the expenditure side of the summary tables, in the standard order. */
const SUMMARY_CLASSES = FUNCTIONAL.map((c) => [c.code, c.name] as const);

export interface LabelStyle {
  /** `2010301-行政运行` in one cell, or code and name in two. */
  joined: boolean;
}

/**
 * 收支总表 and 财政拨款收支总表: income items on the left, expenditure on the right, each with
 * its amount; the `totals` last lines of each side face each other. The sides are padded to
 * the same length.
 */
function twoSided(
  title: string,
  number: string,
  unit: MoneyUnit,
  itemWord: string,
  [left, right]: [[string, number][], [string, number][]],
  totals: number,
): Table {
  const body = Math.max(left.length, right.length) - totals;
  const pad = (side: [string, number][]): [string, number][] => [
    ...side.slice(0, -totals),
    ...Array.from({ length: body - (side.length - totals) }, (): [string, number] => ['', 0]),
    ...side.slice(-totals),
  ];
  const [l, r] = [pad(left), pad(right)];
  return {
    title,
    number,
    unit,
    header: [
      ['收 入', '', '支 出', ''],
      [itemWord, '预算数', itemWord, '预算数'],
    ],
    rows: l.map(([label, fen], i) => [
      label,
      label ? amount(fen) : null,
      r[i][0],
      r[i][0] ? amount(r[i][1]) : null,
    ]),
    labels: 0,
    twoSided: true,
  };
}

export function tablesOf(b: SyntheticBudget, style: LabelStyle): Table[] {
  const t = totals(b);
  const unit = b.unit;
  const labelHeader = style.joined ? ['功能分类科目名称'] : ['科目编码', '科目名称'];
  const label = (code: string, name: string): string[] => (style.joined ? [`${code}-${name}`] : [code, name]);
  const total = (): string[] => (style.joined ? ['合计'] : ['', '合计']);
  const deptAndUnits = b.units.length
    ? [{ code: b.department.code, name: b.department.name }, ...b.units]
    : [{ code: b.department.code, name: b.department.name }];

  const tables: Table[] = [];

  // 1 收支总表
  const classAmount = (code: string, key: 'total' | 'gpbTotal'): number => {
    const row = b.functional.find((f) => f.code === code);
    if (!row) return 0;
    return key === 'total' ? row.total : row.basic + row.gpbProject;
  };
  tables.push(
    twoSided(
      '收支总表',
      '1',
      unit,
      '项 目',
      [
        [
          ...[
            ['一般公共预算拨款收入', t.gpb],
            ['政府性基金预算拨款收入', 0],
            ['国有资本经营预算拨款收入', 0],
            ['财政专户管理资金收入', t.specialAccount],
            ['事业收入', 0],
            ['其他收入', 0],
          ].map(([name, fen], i): [string, number] => [`${CN[i]}、${name}`, fen as number]),
          ['本年收入合计', t.total],
          ['上年结转结余', 0],
          ['收入总计', t.total],
        ],
        [
          ...SUMMARY_CLASSES.map(([code, name], i): [string, number] => [
            `${CN[i]}、${name}`,
            classAmount(code, 'total'),
          ]),
          ['本年支出合计', t.total],
          ['年终结转结余', 0],
          ['支出总计', t.total],
        ],
      ],
      3,
    ),
  );

  // 2 收入总表, by unit
  const unitIncome = (u: { code: string }): [number, number] => {
    if (!b.units.length || u.code === b.department.code) return [t.gpb, t.specialAccount];
    const line = b.units.find((x) => x.code === u.code);
    return line ? [line.basic + line.gpbProject, line.specialProject] : [0, 0];
  };
  tables.push({
    title: '收入总表',
    number: '2',
    unit,
    header: [
      ['单位编码', '单位名称', '合计', '本年收入', '', '', '', '', '上年结转结余'],
      ['', '', '', '小计', '一般公共预算', '政府性基金预算', '财政专户管理资金', '单位资金', ''],
    ],
    rows: [
      [
        '',
        '合计',
        amount(t.total),
        amount(t.total),
        amount(t.gpb),
        null,
        amount(t.specialAccount),
        null,
        null,
      ],
      ...deptAndUnits.map((u) => {
        const [gpb, sa] = unitIncome(u);
        return [
          u.code,
          u.name,
          amount(gpb + sa),
          amount(gpb + sa),
          amount(gpb),
          null,
          amount(sa),
          null,
          null,
        ];
      }),
    ],
    labels: 2,
  });

  // 3 支出总表
  tables.push({
    title: '支出总表',
    number: '3',
    unit,
    header: [[...labelHeader, '合计', '基本支出', '项目支出']],
    rows: [
      [...total(), amount(t.total), amount(t.basic), amount(t.project)],
      ...b.functional.map((f) => [
        ...label(f.code, f.name),
        amount(f.total),
        amount(f.basic),
        amount(f.project),
      ]),
    ],
    labels: labelHeader.length,
  });

  // 4 财政拨款收支总表
  tables.push(
    twoSided(
      '财政拨款收支总表',
      '4',
      unit,
      '项目',
      [
        [
          ['一、本年收入', t.gpb],
          ['（一）一般公共预算拨款', t.gpb],
          ['（二）政府性基金预算拨款', 0],
          ['（三）国有资本经营预算拨款', 0],
          ['二、上年结转', 0],
          ['收入总计', t.gpb],
        ],
        [
          ['一、本年支出', t.gpb],
          ...SUMMARY_CLASSES.map(([code, name], i): [string, number] => [
            `（${CN[i]}）${name}`,
            classAmount(code, 'gpbTotal'),
          ]),
          ['支出总计', t.gpb],
        ],
      ],
      1,
    ),
  );

  // 5-1 一般公共预算支出表 by function
  const gpbRows = b.functional.filter((f) => f.basic + f.gpbProject > 0);
  tables.push({
    title: '一般公共预算支出表（分功能科目）',
    number: '5-1',
    unit,
    header: [
      [...labelHeader, '合计', '基本支出', '', '', '项目支出'],
      [...labelHeader.map(() => ''), '', '小计', '人员经费', '公用经费', ''],
    ],
    rows: [
      [
        ...total(),
        amount(t.gpb),
        amount(t.basic),
        amount(t.personnel),
        amount(t.publicUse),
        amount(t.gpbProject),
      ],
      ...gpbRows.map((f) => [
        ...label(f.code, f.name),
        amount(f.basic + f.gpbProject),
        amount(f.basic),
        amount(f.personnel),
        amount(f.publicUse),
        amount(f.gpbProject),
      ]),
    ],
    labels: labelHeader.length,
  });

  // 5-2 一般公共预算支出表 by unit
  if (b.units.length) {
    tables.push({
      title: '一般公共预算支出表（分单位）',
      number: '5-2',
      unit,
      header: [['单位编码', '单位名称', '合计', '基本支出', '项目支出']],
      rows: [
        ['', '合计', amount(t.gpb), amount(t.basic), amount(t.gpbProject)],
        [b.department.code, b.department.name, amount(t.gpb), amount(t.basic), amount(t.gpbProject)],
        ...b.units.map((u) => [
          u.code,
          u.name,
          amount(u.basic + u.gpbProject),
          amount(u.basic),
          amount(u.gpbProject),
        ]),
      ],
      labels: 2,
    });
  }

  // 6 一般公共预算基本支出表
  tables.push({
    title: '一般公共预算基本支出表',
    number: '6',
    unit,
    header: [
      [...(style.joined ? ['经济分类科目名称'] : ['科目编码', '科目名称']), '合计', '人员经费', '公用经费'],
    ],
    rows: [
      [...total(), amount(t.basic), amount(t.personnel), amount(t.publicUse)],
      ...b.economic.map((e) => [
        ...label(e.code, e.name),
        amount(e.total),
        amount(e.personnel),
        amount(e.publicUse),
      ]),
    ],
    labels: labelHeader.length,
  });

  // 7 “三公”
  const s = b.sanGong;
  const vehicle = s.vehiclePurchase + s.vehicleOperation;
  tables.push({
    title: '一般公共预算“三公”经费支出表',
    number: '7',
    unit,
    header: [
      ['“三公”经费合计', '因公出国（境）费', '公务用车购置及运行费', '', '', '公务接待费'],
      ['', '', '小计', '公务用车购置费', '公务用车运行费', ''],
    ],
    rows: [
      [
        s.abroad + vehicle + s.reception,
        s.abroad,
        vehicle,
        s.vehiclePurchase,
        s.vehicleOperation,
        s.reception,
      ].map((fen) => ({ fen })),
    ],
    labels: 0,
    zeros: true,
  });

  // 8, 9 政府性基金 and 国有资本经营: printed empty.
  for (const [number, title] of [
    ['8', '政府性基金预算支出表'],
    ['9', '国有资本经营预算支出表'],
  ]) {
    tables.push({
      title,
      number,
      unit,
      header: [[...labelHeader, '合计', '基本支出', '项目支出']],
      rows: [[...total(), null, null, null]],
      labels: labelHeader.length,
    });
  }

  // 10 项目支出表
  if (b.projects.length) {
    const gpbProjects = b.projects.filter((p) => p.source === 'gpb').reduce((sum, p) => sum + p.amount, 0);
    const saProjects = b.projects
      .filter((p) => p.source === 'special-account')
      .reduce((sum, p) => sum + p.amount, 0);
    tables.push({
      title: '项目支出表',
      number: '10',
      unit: b.projectsUnit,
      header: [
        [
          '项目编码',
          '项目名称',
          '项目单位',
          '合计',
          '一般公共预算',
          '政府性基金预算',
          '财政专户管理资金',
          '单位资金',
        ],
      ],
      rows: [
        [
          '',
          '合计',
          '',
          amount(gpbProjects + saProjects),
          amount(gpbProjects),
          null,
          amount(saProjects),
          null,
        ],
        ...b.projects.map((p) => [
          p.code,
          p.name,
          p.unitName,
          amount(p.amount),
          p.source === 'gpb' ? amount(p.amount) : null,
          null,
          p.source === 'special-account' ? amount(p.amount) : null,
          null,
        ]),
      ],
      labels: 3,
    });
  }
  return tables;
}
