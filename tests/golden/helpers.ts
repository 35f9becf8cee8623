// Golden tests: expected figures are typed from reading each disclosure, as printed (in the
// table's own unit), and compared with what the converter extracts.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Disclosure, Figure } from '../../src/domain/budget';
import { parseAmount, type MoneyUnit } from '../../src/domain/money';
import { convertDisclosure } from '../../scripts/convert';

export const SOURCES = join(__dirname, '../../public/data/sources');

export function convertSeed(file: string): Disclosure {
  const result = convertDisclosure(file, readFileSync(join(SOURCES, file)));
  if (!result.ok) throw new Error(`${file} did not convert: ${JSON.stringify(result.issues)}`);
  return result.disclosure;
}

/** A printed amount ('1,185.09') in the given unit, as fen; '' (nothing printed) as null. */
export function printed(text: string, unit: MoneyUnit): number | null {
  if (text === '') return null;
  const parsed = parseAmount(text, unit);
  if (!parsed.ok) throw new Error(`bad expected amount ${text}`);
  return parsed.value.fen;
}

const fen = (figure: Figure | null | undefined): number | null => figure?.fen ?? null;

/** [code, name, total, basic, project] */
export type FunctionalLine = [string, string, string, string, string];
/** [code, name, total, personnel, public use] */
export type EconomicLine = [string, string, string, string, string];

export function expectFunctional(d: Disclosure, unit: MoneyUnit, lines: readonly FunctionalLine[]): void {
  expect(d.functional.map((r) => [r.code, r.name, fen(r.total), fen(r.basic), fen(r.project)])).toEqual(
    lines.map(([code, name, total, basic, project]) => [
      code,
      name,
      printed(total, unit),
      printed(basic, unit),
      printed(project, unit),
    ]),
  );
}

export function expectEconomic(
  rows: Disclosure['economicBasic'],
  unit: MoneyUnit,
  lines: readonly EconomicLine[],
): void {
  expect(rows.map((r) => [r.code, r.name, fen(r.total), fen(r.personnel), fen(r.publicUse)])).toEqual(
    lines.map(([code, name, total, personnel, publicUse]) => [
      code,
      name,
      printed(total, unit),
      printed(personnel, unit),
      printed(publicUse, unit),
    ]),
  );
}

/** [unit code, project code, name, amount] */
export type ProjectLine = [string | null, string | null, string, string];

export function expectProjects(d: Disclosure, unit: MoneyUnit, lines: readonly ProjectLine[]): void {
  expect(d.projects.map((p) => [p.unitCode, p.code, p.name, p.amount.fen])).toEqual(
    lines.map(([unitCode, code, name, amount]) => [unitCode, code, name, printed(amount, unit)]),
  );
}

export function amounts<T extends object>(values: T | null): Record<keyof T, number | null> | null {
  if (!values) return null;
  return Object.fromEntries(
    Object.entries(values).map(([key, value]) => [key, (value as Figure | null)?.fen ?? null]),
  ) as Record<keyof T, number | null>;
}

/** Ids of the checks that fail, for comparing with the inconsistencies found by reading. */
export function failedChecks(d: Disclosure): string[] {
  return d.checks.filter((c) => !c.passed).map((c) => c.id);
}
