// The same figure printed in two tables agrees (every quantity the observations hold twice).

import type { CheckedDocument } from './document';
import { term, type Report } from './report';

export function crossTableChecks(report: Report, { obs }: CheckedDocument): void {
  for (const key of obs.keys()) {
    const [primary, ...others] = obs.all(key);
    for (const other of others) {
      report.add(
        'cross-table',
        key,
        `${other.label} 与 ${primary.label} 是同一数字，应当一致`,
        term(other.label, other.figure),
        [term(primary.label, primary.figure)],
      );
    }
  }
}
