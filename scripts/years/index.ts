// The years stage: disclosures linked as one department across years, and what that gives —
// `years/<key>.json` for each department with more than one year (its series and the checks
// across years), and each member's link for the catalog. Pure: the shared files are assembled
// from what each disclosure's conversion kept (write/outputs.ts).

import { createHash } from 'node:crypto';
import type { DepartmentYears, LineageRef, YearsInput } from '../../src/domain/years';
import { linkLineages } from './lineage';
import { departmentYears } from './series';

export interface YearsOutputs {
  files: Map<string, string>;
  /** Each member's link, by disclosure id. */
  lineages: Map<string, LineageRef>;
  checks: DepartmentYears['checks'];
  departments: DepartmentYears[];
}

export function yearsOutputs(inputs: readonly YearsInput[]): YearsOutputs {
  const files = new Map<string, string>();
  const lineages = new Map<string, LineageRef>();
  const checks: DepartmentYears['checks'] = [];
  const departments: DepartmentYears[] = [];
  for (const lineage of linkLineages(inputs)) {
    const key = createHash('sha256').update(lineage.key).digest('hex').slice(0, 12);
    const years = departmentYears(lineage, key);
    // A department seen in one year only, with no earlier year printed: nothing across years.
    if (new Set(years.series.map((p) => p.year)).size < 2) continue;
    files.set(`years/${key}.json`, JSON.stringify(years));
    checks.push(...years.checks);
    departments.push(years);
    const count = years.members.length;
    for (const member of years.members) lineages.set(member.id, { key, years: count, unsure: member.unsure });
  }
  return { files, lineages, checks, departments };
}
