// The validation report: every check, in the order the report lists them. Each has the same
// signature — `(report, doc)` — so adding a check is one module and one line here.

import type { Check } from '../../src/domain/checks';
import { balanceChecks } from './balance';
import { changeChecks } from './changeChecks';
import { crossTableChecks } from './crossTable';
import type { CheckedDocument } from './document';
import { listChecks } from './listChecks';
import { narrativeChecks } from './narrativeChecks';
import { performanceChecks } from './performanceChecks';
import { projectChecks } from './projects';
import { Report } from './report';
import { sanGongChecks } from './sanGong';
import { summaryChecks } from './summaryChecks';
import { rowTableChecks } from './tableChecks';

export type { CheckedDocument };

export type CheckRule = (report: Report, doc: CheckedDocument) => void;

export const CHECKS: readonly CheckRule[] = [
  rowTableChecks, // within each table: totals, sub-items, row sums
  crossTableChecks, // the same figure in two tables
  balanceChecks, // income against expenditure
  summaryChecks, // the 收支总表 against the tables it summarizes
  listChecks, // procurement and purchase-of-services lists
  performanceChecks, // performance forms
  projectChecks, // projects against project expenditure
  sanGongChecks, // “三公”
  narrativeChecks, // the narrative against the tables
  changeChecks, // the changes the narrative states, against their percentages and last year's column
];

export function runChecks(doc: CheckedDocument): Check[] {
  const report = new Report();
  for (const check of CHECKS) check(report, doc);
  return report.checks;
}
