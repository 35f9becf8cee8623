// The “三公” items add up, and cover the reception and vehicle spending of the
// basic-expenditure table; the narrative's “三公” figures agree with the tables.

import type { Figure, SanGong } from '../../src/domain/budget';
import {
  SAN_GONG_ECONOMIC,
  SAN_GONG_ITEMS,
  SAN_GONG_PARTS,
  sanGongItem,
  VEHICLE_PARTS,
} from '../../src/domain/sanGong';
import type { CheckedDocument } from './document';
import { isTerm, term, type Report } from './report';
import { tableChecks } from './tableChecks';

export function sanGongChecks(report: Report, { parsed, budget }: CheckedDocument): void {
  for (const entry of parsed.sanGong) {
    // Last year's column adds up the same way (`2024 年` beside `2025 年`).
    if (entry.value.prior)
      sumChecks(
        report,
        `${entry.table.label}:prior`,
        `${entry.table.label}（${entry.value.prior.header}）`,
        entry.value.prior.values,
      );
    const v = entry.value.values;
    const label = entry.table.label;
    // Departments and units: their own items add up, and they add up to the 合计.
    const { rows, schema } = entry.value;
    if (schema && rows.length > 1)
      tableChecks(report, { table: entry.table, schema, rows }, (row) => row !== rows[0]);
    const at = (figure: Figure | null): Figure =>
      figure ?? { fen: 0, step: 1, table: label, line: entry.table.line };
    sumChecks(report, label, label, v);
    // What the basic-expenditure table spends on reception and vehicles must be within “三公”.
    for (const { economic: code, key: field, zh: name } of SAN_GONG_ECONOMIC) {
      const spent = budget.economicBasic.find((row) => row.code === code)?.total;
      if (!spent) continue;
      report.add(
        'san-gong-economic',
        `${label}:${code}`,
        `${label} 的${name}不少于一般公共预算基本支出表中 ${code} 的金额`,
        term(`${label} · ${name}${v[field] ? '' : '（未列）'}`, at(v[field])),
        [term(`${spent.table} · ${code}`, spent)],
        '>=',
      );
    }
  }
  // The prose against the tables.
  const prose = budget.narrative.filter((f) => f.key.startsWith('san-gong-'));
  const table = parsed.sanGong.find((e) => e.value.role === 'table');
  for (const figure of prose) {
    const field = SAN_GONG_FIELD_BY_KEY[figure.key];
    if (!field) continue;
    for (const entry of parsed.sanGong) {
      const value = entry.value.values[field];
      const against =
        value ??
        (entry === table ? { fen: 0, step: 1, table: entry.table.label, line: entry.table.line } : null);
      if (!against) continue;
      report.add(
        'narrative',
        `san-gong:${figure.key}:${entry.table.label}`,
        `情况说明中的${figure.label}与${entry.table.label}一致`,
        term(`情况说明 · ${figure.label}`, figure.figure),
        [term(`${entry.table.label} · ${fieldName(field)}${value ? '' : '（空表）'}`, against)],
      );
    }
    const code = sanGongItem(field).economic;
    if (code) {
      const spent = budget.economicBasic.find((row) => row.code === code)?.total;
      if (spent) {
        report.add(
          'san-gong-economic',
          `narrative:${code}`,
          `情况说明中的${figure.label}不少于一般公共预算基本支出表中 ${code} 的金额`,
          term(`情况说明 · ${figure.label}`, figure.figure),
          [term(`${spent.table} · ${code}`, spent)],
          '>=',
        );
      }
    }
  }
}

const SAN_GONG_FIELD_BY_KEY: Record<string, keyof SanGong> = Object.fromEntries(
  SAN_GONG_ITEMS.map((item) => [item.narrative, item.key]),
);

function fieldName(field: keyof SanGong): string {
  return sanGongItem(field).zh;
}

/** The items add up to the “三公” total, and the vehicle parts to the vehicle item. */
function sumChecks(report: Report, id: string, label: string, v: SanGong): void {
  if (v.total) {
    report.add(
      'san-gong-sum',
      `${id}:total`,
      `${label}：“三公”经费合计等于因公出国（境）费、公务用车购置及运行费、公务接待费之和`,
      term(fieldName('total'), v.total),
      SAN_GONG_PARTS.flatMap((key) => {
        const figure = v[key];
        return figure ? [term(fieldName(key), figure)] : [];
      }),
    );
  }
  if (v.vehicle) {
    report.add(
      'san-gong-sum',
      `${id}:vehicle`,
      `${label}：公务用车购置及运行费等于购置费加运行费`,
      term(fieldName('vehicle'), v.vehicle),
      VEHICLE_PARTS.map((key) => v[key] && term(fieldName(key), v[key])).filter(isTerm),
    );
  }
}
