// Does a converted disclosure give back the synthetic budget it was rendered from? Every
// figure, to the fen. Returns the differences, in words; none means the round trip is exact.

import type { Disclosure, Figure } from '../../src/domain/budget';
import { totals, type SyntheticBudget } from './budget';

export function differences(b: SyntheticBudget, d: Disclosure): string[] {
  const out: string[] = [];
  const fen = (figure: Figure | null | undefined): number => figure?.fen ?? 0;
  const same = (what: string, actual: number, expected: number): void => {
    if (actual !== expected) out.push(`${what}: ${actual} ≠ ${expected}`);
  };
  const t = totals(b);

  if (d.department.code !== b.department.code)
    out.push(`department code ${d.department.code} ≠ ${b.department.code}`);
  if (d.year !== b.year) out.push(`year ${d.year} ≠ ${b.year}`);

  same('expenditure total', fen(d.expenditure.total), t.total);
  same('basic', fen(d.expenditure.basic), t.basic);
  same('project', fen(d.expenditure.project), t.project);
  same('personnel', fen(d.expenditure.personnel), t.personnel);
  same('public use', fen(d.expenditure.publicUse), t.publicUse);
  same('income total', fen(d.income.total), t.total);
  same('income 一般公共预算', fen(d.income.lines.find((l) => l.source === 'gpb')?.amount), t.gpb);
  same(
    'income 财政专户',
    fen(d.income.lines.find((l) => l.source === 'special-account')?.amount),
    t.specialAccount,
  );

  const functional = new Map(d.functional.map((f) => [f.code, f]));
  for (const f of b.functional) {
    const row = functional.get(f.code);
    if (!row) {
      out.push(`functional ${f.code} missing`);
      continue;
    }
    same(`${f.code} total`, fen(row.total), f.total);
    same(`${f.code} basic`, fen(row.basic), f.basic);
    same(`${f.code} project`, fen(row.project), f.project);
    same(`${f.code} personnel`, fen(row.personnel), f.personnel);
    same(`${f.code} public use`, fen(row.publicUse), f.publicUse);
  }
  for (const code of functional.keys())
    if (!b.functional.some((f) => f.code === code)) out.push(`functional ${code} not in the budget`);

  const economic = new Map(d.economicBasic.map((e) => [e.code, e]));
  for (const e of b.economic) {
    const row = economic.get(e.code);
    if (!row) {
      out.push(`economic ${e.code} missing`);
      continue;
    }
    same(`${e.code} total`, fen(row.total), e.total);
    same(`${e.code} personnel`, fen(row.personnel), e.personnel);
    same(`${e.code} public use`, fen(row.publicUse), e.publicUse);
  }
  if (economic.size !== b.economic.length) out.push(`${economic.size} economic rows ≠ ${b.economic.length}`);

  const units = new Map(d.units.map((u) => [u.code, u]));
  for (const u of b.units) {
    const row = units.get(u.code);
    if (!row) {
      out.push(`unit ${u.code} missing`);
      continue;
    }
    same(`unit ${u.code} income`, fen(row.income), u.basic + u.gpbProject + u.specialProject);
    // The by-unit spending table is 一般公共预算 only: it gives each unit's spending of all funds
    // only where all funds are 一般公共预算.
    if (t.specialAccount === 0) {
      same(`unit ${u.code} basic`, fen(row.basic), u.basic);
      same(`unit ${u.code} project`, fen(row.project), u.gpbProject);
    }
  }

  const projects = new Map(d.projects.map((p) => [p.code, p]));
  for (const p of b.projects) {
    const row = projects.get(p.code);
    if (!row) {
      out.push(`project ${p.code} missing`);
      continue;
    }
    same(`project ${p.code}`, row.amount.fen, p.amount);
    if (row.name !== p.name) out.push(`project ${p.code} name “${row.name}” ≠ “${p.name}”`);
    const source = p.source === 'gpb' ? '一般公共预算' : '财政专户管理资金';
    if (row.fundingSource !== source) out.push(`project ${p.code} source ${row.fundingSource} ≠ ${source}`);
  }
  if (projects.size !== b.projects.length) out.push(`${projects.size} projects ≠ ${b.projects.length}`);

  const s = d.sanGong;
  same('三公 abroad', fen(s?.abroad), b.sanGong.abroad);
  same('三公 reception', fen(s?.reception), b.sanGong.reception);
  same('三公 vehicle operation', fen(s?.vehicleOperation), b.sanGong.vehicleOperation);
  same('三公 vehicle purchase', fen(s?.vehiclePurchase), b.sanGong.vehiclePurchase);

  const failed = d.checks.filter((c) => !c.passed);
  for (const c of failed) out.push(`failed check ${c.id}: ${c.left.fen} vs ${c.rightFen}`);
  for (const i of d.issues.filter((i) => i.severity !== 'info'))
    out.push(`${i.severity} ${i.code}@${i.line}: ${i.message}`);
  return out;
}
