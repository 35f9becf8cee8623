// A random but valid budget: the truth a synthetic disclosure is rendered from, and what the
// converter must give back. Every identity holds exactly: amounts are whole multiples of
// 0.01 万元 (10,000 fen), so they print exactly in 元 and in 万元.

import type { MoneyUnit } from '../../src/domain/money';
import { random, type Random } from '../tools/random';
import {
  CITIES,
  DEPARTMENTS,
  ECONOMIC,
  FUNCTIONAL,
  PERSONNEL_CLASSES,
  PROJECT_WORDS,
  RECEPTION,
  SUB_UNITS,
  VEHICLE_OPERATION,
} from './names';

/** The smallest amount: 0.01 万元. */
export const STEP = 10_000;

export interface FunctionalLine {
  code: string;
  name: string;
  /** All funds. */
  total: number;
  basic: number;
  project: number;
  personnel: number;
  publicUse: number;
  /** The 一般公共预算 part of project spending (basic spending is all 一般公共预算). */
  gpbProject: number;
}

export interface EconomicLine {
  code: string;
  name: string;
  total: number;
  personnel: number;
  publicUse: number;
}

export interface ProjectLine {
  code: string;
  name: string;
  unitCode: string;
  unitName: string;
  amount: number;
  source: 'gpb' | 'special-account';
  /** The 项 it is spent under. */
  item: string;
}

export interface UnitLine {
  code: string;
  name: string;
  basic: number;
  /** Project spending by source. */
  gpbProject: number;
  specialProject: number;
}

export interface SyntheticBudget {
  seed: number;
  year: number;
  region: string;
  department: { code: string; name: string };
  /** Sub-units (empty when the department reports as one unit). */
  units: UnitLine[];
  /** 类, 款 and 项, parents before children. */
  functional: FunctionalLine[];
  /** 类 and 款 of 一般公共预算基本支出, parents before children. */
  economic: EconomicLine[];
  projects: ProjectLine[];
  sanGong: { abroad: number; vehiclePurchase: number; vehicleOperation: number; reception: number };
  /** The unit most tables print in; `projectsUnit` may differ (as 硚口's 表12 does). */
  unit: MoneyUnit;
  projectsUnit: MoneyUnit;
}

export function totals(b: SyntheticBudget) {
  const top = b.functional.filter((f) => f.code.length === 3);
  const sum = (key: keyof FunctionalLine): number => top.reduce((s, f) => s + (f[key] as number), 0);
  const gpbProject = sum('gpbProject');
  const basic = sum('basic');
  return {
    total: sum('total'),
    basic,
    project: sum('project'),
    personnel: sum('personnel'),
    publicUse: sum('publicUse'),
    gpb: basic + gpbProject,
    gpbProject,
    specialAccount: sum('project') - gpbProject,
  };
}

/** Splits `total` (a multiple of STEP) into `parts` multiples of STEP, each at least STEP. */
export function split(total: number, parts: number, r: Random): number[] {
  const units = Math.round(total / STEP);
  if (parts <= 0) return [];
  if (units < parts) return Array.from({ length: parts }, (_, i) => (i < units ? STEP : 0));
  const cuts = new Set<number>();
  while (cuts.size < parts - 1) cuts.add(r.int(1, units - 1));
  const points = [0, ...[...cuts].sort((a, b) => a - b), units];
  return points.slice(1).map((point, i) => (point - points[i]) * STEP);
}

const amount = (r: Random, minWan: number, maxWan: number): number =>
  r.int(minWan * 100, maxWan * 100) * STEP;

export function randomBudget(seed: number): SyntheticBudget {
  const r = random(seed * 2654435761 + 97);
  const [city, districts] = r.pick(CITIES);
  const region = city + r.pick(districts);
  const deptCode = String(r.int(100, 989));
  const regionCode = String(r.int(110_101, 659_999));
  const name = region + r.pick(DEPARTMENTS);
  const year = r.pick([2024, 2025, 2025]);

  // The classification: a main 类 that carries the running costs, and the personnel 类.
  const main = r.pick(FUNCTIONAL.filter((c) => !PERSONNEL_CLASSES.has(c.code)));
  const others = r
    .shuffle(FUNCTIONAL.filter((c) => c !== main && !PERSONNEL_CLASSES.has(c.code)))
    .slice(0, r.int(0, 2));
  const personnelClasses = r
    .shuffle(FUNCTIONAL.filter((c) => PERSONNEL_CLASSES.has(c.code)))
    .slice(0, r.int(1, 3));
  const pickItems = (c: (typeof FUNCTIONAL)[number], max: number) =>
    r
      .shuffle(c.children)
      .slice(0, r.int(1, Math.min(2, c.children.length)))
      .map((kuan) => ({
        kuan,
        items: r.shuffle(kuan.children).slice(0, r.int(1, Math.min(max, kuan.children.length))),
      }));
  const mainItems = pickItems(main, 3);
  const otherItems = others.map((c) => ({ c, picked: pickItems(c, 2) }));
  const personnelItems = personnelClasses.map((c) => ({ c, picked: pickItems(c, 2) }));

  // Basic spending: personnel across the main 类's first 项 and the personnel 类; public use
  // on the main 项 only.
  const personnel = amount(r, 30, 1500);
  const publicUse = amount(r, 3, Math.max(4, Math.round(personnel / STEP / 100 / 5)));
  const runningItem = mainItems[0].items[0][0];
  const personnelLeaves = personnelItems.flatMap((p) => p.picked.flatMap((k) => k.items.map((i) => i[0])));
  const personnelShares = split(personnel, personnelLeaves.length + 1, r);
  const leafBasic = new Map<string, { personnel: number; publicUse: number }>();
  leafBasic.set(runningItem, { personnel: personnelShares[0], publicUse });
  personnelLeaves.forEach((code, i) =>
    leafBasic.set(code, { personnel: personnelShares[i + 1], publicUse: 0 }),
  );

  // Projects under the other 项 (or the running one).
  const projectItems = [
    ...mainItems.flatMap((k) => k.items.map((i) => i[0])).filter((code) => code !== runningItem),
    ...otherItems.flatMap((o) => o.picked.flatMap((k) => k.items.map((i) => i[0]))),
  ];
  const subUnits = r.next() < 0.4 ? r.shuffle(SUB_UNITS).slice(0, r.int(1, 3)) : [];
  const unitList = subUnits.length
    ? [
        { code: `${deptCode}001`, name: `${name}（本级）` },
        ...subUnits.map((u, i) => ({
          code: `${deptCode}${String(i + 2).padStart(3, '0')}`,
          name: region + u,
        })),
      ]
    : [{ code: deptCode, name }];
  const withSpecial = r.next() < 0.3;
  const projectCount = r.int(projectItems.length ? 1 : 0, projectItems.length ? 8 : 3);
  const usedNames = new Set<string>();
  const projects: ProjectLine[] = [];
  for (let i = 0; i < projectCount; i++) {
    const fresh = (): string => r.pick(PROJECT_WORDS[0]) + r.pick(PROJECT_WORDS[1]) + '项目';
    let projectName = fresh();
    for (let tries = 0; usedNames.has(projectName) && tries < 20; tries++) projectName = fresh();
    if (usedNames.has(projectName)) break;
    usedNames.add(projectName);
    const unit = r.pick(unitList);
    projects.push({
      // `21020325T000000453251`: region, year, T, a serial.
      code: `${regionCode}${year % 100}T${String(r.int(1, 999_999_999)).padStart(12, '0')}`,
      name: projectName,
      unitCode: unit.code,
      unitName: unit.name,
      amount: amount(r, 1, 900),
      source: withSpecial && r.next() < 0.4 ? 'special-account' : 'gpb',
      item: projectItems.length ? r.pick(projectItems) : runningItem,
    });
  }

  // The tree, from the 项 up.
  const functional: FunctionalLine[] = [];
  const line = (code: string, nm: string): FunctionalLine => ({
    code,
    name: nm,
    total: 0,
    basic: 0,
    project: 0,
    personnel: 0,
    publicUse: 0,
    gpbProject: 0,
  });
  const classes = [{ c: main, picked: mainItems }, ...otherItems, ...personnelItems].sort((a, b) =>
    a.c.code.localeCompare(b.c.code),
  );
  for (const { c, picked } of classes) {
    const lei = line(c.code, c.name);
    const kuans: FunctionalLine[] = [];
    for (const { kuan, items } of [...picked].sort((a, b) => a.kuan.code.localeCompare(b.kuan.code))) {
      const k = line(kuan.code, kuan.name);
      const leaves: FunctionalLine[] = [];
      for (const [code, nm] of [...items].sort((a, b) => a[0].localeCompare(b[0]))) {
        const leaf = line(code, nm);
        const basic = leafBasic.get(code);
        leaf.personnel = basic?.personnel ?? 0;
        leaf.publicUse = basic?.publicUse ?? 0;
        leaf.basic = leaf.personnel + leaf.publicUse;
        for (const p of projects.filter((p) => p.item === code)) {
          leaf.project += p.amount;
          if (p.source === 'gpb') leaf.gpbProject += p.amount;
        }
        leaf.total = leaf.basic + leaf.project;
        if (leaf.total > 0) leaves.push(leaf);
      }
      if (leaves.length === 0) continue;
      for (const key of ['total', 'basic', 'project', 'personnel', 'publicUse', 'gpbProject'] as const)
        k[key] = leaves.reduce((s, l) => s + l[key], 0);
      kuans.push(k, ...leaves);
    }
    if (kuans.length === 0) continue;
    for (const key of ['total', 'basic', 'project', 'personnel', 'publicUse', 'gpbProject'] as const)
      lei[key] = kuans.filter((k) => k.code.length === 5).reduce((s, l) => s + l[key], 0);
    functional.push(lei, ...kuans);
  }

  // 三公 and the economic classification of basic spending.
  const sanGong = {
    abroad: r.next() < 0.2 ? amount(r, 1, 10) : 0,
    vehiclePurchase: 0,
    vehicleOperation:
      r.next() < 0.5 ? Math.min(amount(r, 1, 20), Math.floor(publicUse / 3 / STEP) * STEP) : 0,
    reception: r.next() < 0.6 ? Math.min(amount(r, 1, 5), Math.floor(publicUse / 3 / STEP) * STEP) : 0,
  };
  const economic: EconomicLine[] = [];
  const personnel303 =
    r.next() < 0.4 ? Math.min(amount(r, 1, 30), Math.floor(personnel / 4 / STEP) * STEP) : 0;
  const add = (
    group: (typeof ECONOMIC)[number],
    total: number,
    side: 'personnel' | 'publicUse',
    fixed: [string, string, number][] = [],
  ) => {
    if (total <= 0) return;
    const rest = total - fixed.reduce((s, f) => s + f[2], 0);
    const children = r.shuffle(group.children).slice(0, r.int(1, Math.min(5, group.children.length)));
    const shares = rest > 0 ? split(rest, Math.min(children.length, Math.round(rest / STEP)), r) : [];
    const lines = [
      ...children
        .slice(0, shares.length)
        .map(([code, nm], i) => [code, nm, shares[i]] as [string, string, number]),
      ...fixed.filter((f) => f[2] > 0),
    ]
      .filter((l) => l[2] > 0)
      .sort((a, b) => a[0].localeCompare(b[0]));
    const row = (code: string, nm: string, fen: number): EconomicLine => ({
      code,
      name: nm,
      total: fen,
      personnel: side === 'personnel' ? fen : 0,
      publicUse: side === 'publicUse' ? fen : 0,
    });
    economic.push(row(group.code, group.name, total), ...lines.map(([code, nm, fen]) => row(code, nm, fen)));
  };
  add(ECONOMIC[0], personnel - personnel303, 'personnel');
  add(ECONOMIC[1], publicUse, 'publicUse', [
    [RECEPTION[0], RECEPTION[1], sanGong.reception],
    [VEHICLE_OPERATION[0], VEHICLE_OPERATION[1], sanGong.vehicleOperation],
  ]);
  add(ECONOMIC[2], personnel303, 'personnel');

  // Units: basic spending split among them; projects where they belong.
  const basicTotal = personnel + publicUse;
  const basicShares = split(basicTotal, unitList.length, r);
  const units: UnitLine[] = subUnits.length
    ? unitList.map((u, i) => ({
        ...u,
        basic: basicShares[i],
        gpbProject: projects
          .filter((p) => p.unitCode === u.code && p.source === 'gpb')
          .reduce((s, p) => s + p.amount, 0),
        specialProject: projects
          .filter((p) => p.unitCode === u.code && p.source === 'special-account')
          .reduce((s, p) => s + p.amount, 0),
      }))
    : [];

  const unit: MoneyUnit = r.next() < 0.5 ? '元' : '万元';
  return {
    seed,
    year,
    region,
    department: { code: deptCode, name },
    units,
    functional,
    economic,
    projects,
    sanGong,
    unit,
    projectsUnit: r.next() < 0.15 ? (unit === '元' ? '万元' : '元') : unit,
  };
}
