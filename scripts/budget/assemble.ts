// Observations and parsed tables → the normalized budget of one disclosure.

import type {
  StatedChange,
  Disclosure,
  EconomicRow,
  Figure,
  FunctionalRow,
  IncomeLine,
  IncomeSource,
  Project,
  SanGong,
  UnitRow,
} from '../../src/domain/budget';
import { INCOME_SOURCES } from '../../src/domain/budget';
import { codeLevel, compareCodes, parentCode } from '../../src/domain/codes';
import { referenceName } from '../../src/domain/reference';
import { nameKey } from '../tables/names';
import type { RawTable } from '../tables/segment';
import { emptySanGong } from '../tables/sanGong';
import { findSubject, metaSubject, regionOf, type Identity, type UnitName } from '../prose/identity';
import type { NarrativeResult } from '../prose/narrative';
import { priorYearOf } from './priorYear';
import { resolveChanges } from './statedChanges';
import type { ReadChange } from '../prose/changes';
import { agree, type Observations, type Quantity, type Scope } from './observations';
import type { ParsedDocument } from '../tables/parse';
import { rowRoles } from '../tables/roles';

export type Assembled = Omit<
  Disclosure,
  'id' | 'sourceFile' | 'text' | 'documents' | 'layout' | 'checks' | 'issues' | 'tables' | 'duties'
> & { statedChanges: StatedChange[] };

export function assemble(
  parsed: ParsedDocument,
  obs: Observations,
  identity: Identity,
  tables: readonly RawTable[],
  narrative: NarrativeResult & { changes: readonly ReadChange[] },
): Assembled {
  const { functional, functionalScope } = functionalOf(parsed, obs);
  const units = assembleUnits(parsed, obs);
  // Without a title naming it, the department the tables' 部门： lines name.
  identity = identity.subject
    ? identity
    : { ...identity, subject: metaSubject(tables.flatMap((t) => t.meta)) };
  const named = [...units, ...metaUnits(tables)];
  // Without a title (a file cut off before it), the department the tables print stands in.
  const subject =
    findSubject(identity.subject, named) ??
    (identity.subject ? null : (units.find((u) => u.isDepartment) ?? named[0] ?? null));
  const department = subject ?? { code: null, name: identity.subject ?? '' };
  const parentUnit =
    department.code && department.code.length === 6
      ? units.find((unit) => unit.code === department.code?.slice(0, 3))
      : undefined;
  const year = identity.year ?? tables.find((t) => t.year)?.year ?? null;
  return {
    title: identity.title ?? department.name,
    kind: identity.kind,
    year,
    region: regionOf(department.name),
    department: { code: department.code, name: department.name },
    identitySource: department.name ? 'document' : 'file-name',
    parent: parentUnit?.code ? { code: parentUnit.code, name: parentUnit.name } : null,
    income: {
      total: obs.first('income.total') ?? obs.first('income.current'),
      lines: incomeLines(parsed, obs),
    },
    balance: {
      currentIncome: parsed.summary?.value.currentIncome ?? null,
      totalIncome: parsed.summary?.value.totalIncome ?? null,
      currentExpenditure: parsed.summary?.value.currentExpenditure ?? null,
      totalExpenditure: parsed.summary?.value.totalExpenditure ?? null,
    },
    expenditure: {
      total: obs.first('exp:total:all'),
      basic: obs.first('exp:basic:all'),
      personnel: obs.first('exp:personnel:all'),
      publicUse: obs.first('exp:public-use:all'),
      project: obs.first('exp:project:all'),
    },
    units,
    functional,
    functionalScope,
    economicBasic: economicRows(parsed, 'basic-economic'),
    economicAll: economicRows(parsed, 'economic'),
    sanGong: sanGongOf(parsed, 'table'),
    sanGongNarrative: sanGongOf(parsed, 'narrative') ?? sanGongFromProse(narrative),
    projects: projectsOf(parsed, department.name),
    procurement: parsed.procurement,
    purchaseOfServices: parsed.purchaseServices,
    staffing: narrative.staffing,
    narrative: narrative.figures,
    statedChanges: resolveChanges(narrative.changes, narrative.figures, functional),
    priorYear: priorYearOf(parsed, year),
  };
}

/** The widest funds the tables classify by function: all funds, else 财政拨款, else 一般公共预算. */
function functionalOf(
  parsed: ParsedDocument,
  obs: Observations,
): { functional: FunctionalRow[]; functionalScope: 'all' | 'fiscal' | 'gpb' } {
  const keys = obs.keys();
  const has = (scope: Scope): boolean =>
    keys.some((key) => key.startsWith('fn:') && key.endsWith(`:total:${scope}`));
  const scope = has('all') ? 'all' : has('fiscal') ? 'fiscal' : has('gpb') ? 'gpb' : 'all';
  return { functional: functionalRows(parsed, obs, scope), functionalScope: scope };
}

function functionalRows(parsed: ParsedDocument, obs: Observations, scope: Scope): FunctionalRow[] {
  const names = new Map<string, string>();
  for (const table of parsed.rowTables) {
    if (table.kind === 'economic' || table.kind === 'basic-economic' || table.kind === 'gpb-economic')
      continue;
    const roles = rowRoles(table.rows);
    table.rows.forEach((row, index) => {
      if (roles[index] === 'class' && row.code && !names.has(row.code)) names.set(row.code, row.name);
    });
  }
  const printed = [...names.keys()].sort(compareCodes).flatMap((code): FunctionalRow[] => {
    const level = codeLevel(code);
    if (!level) return [];
    const get = (column: Quantity): Figure | null => obs.first(`fn:${code}:${column}:${scope}`);
    return [
      {
        code,
        name: names.get(code) ?? '',
        level,
        parent: parentCode(code),
        total: get('total'),
        basic: get('basic'),
        project: get('project'),
        personnel: get('personnel'),
        publicUse: get('public-use'),
      },
    ];
  });
  return withDerivedParents(printed);
}

/**
 * Tables that print only 项 (`2010501 行政运行`, no `201` or `20105` rows, as 北京's and 泉州's
 * do): each missing 款 and 类 is added up from the rows under it, its figures marked derived,
 * its name taken from the reference classification.
 */
function withDerivedParents(rows: readonly FunctionalRow[]): FunctionalRow[] {
  const byCode = new Map(rows.map((row) => [row.code, row]));
  for (const level of [3, 2] as const) {
    const orphans = new Map<string, FunctionalRow[]>();
    for (const row of byCode.values()) {
      if (row.level !== level || !row.parent || byCode.has(row.parent)) continue;
      orphans.set(row.parent, [...(orphans.get(row.parent) ?? []), row]);
    }
    for (const [code, children] of orphans) {
      const sum = (pick: (row: FunctionalRow) => Figure | null): Figure | null => {
        const figures = children.map(pick).filter((f): f is Figure => f !== null);
        if (figures.length === 0) return null;
        return {
          fen: figures.reduce((total, f) => total + f.fen, 0),
          step: Math.max(...figures.map((f) => f.step)),
          table: figures[0].table,
          line: figures[0].line,
          derived: true,
        };
      };
      byCode.set(code, {
        code,
        name: referenceName(code) ?? '',
        level: level === 3 ? 2 : 1,
        parent: parentCode(code),
        total: sum((r) => r.total),
        basic: sum((r) => r.basic),
        project: sum((r) => r.project),
        personnel: sum((r) => r.personnel),
        publicUse: sum((r) => r.publicUse),
      });
    }
  }
  return [...byCode.values()].sort((a, b) => compareCodes(a.code, b.code));
}

function economicRows(parsed: ParsedDocument, kind: 'basic-economic' | 'economic'): EconomicRow[] {
  const table = parsed.rowTables.find((t) => t.kind === kind);
  if (!table) return [];
  const roles = rowRoles(table.rows);
  const seen = new Set<string>();
  return table.rows.flatMap((row, index) => {
    const level = row.code ? codeLevel(row.code) : null;
    if (roles[index] !== 'class' || !row.code || !level || seen.has(row.code)) return [];
    seen.add(row.code);
    return [
      {
        code: row.code,
        name: row.name,
        level,
        parent: parentCode(row.code),
        total: row.values.total ?? null,
        personnel: row.values.personnel ?? null,
        publicUse: row.values['public-use'] ?? null,
      },
    ];
  });
}

function assembleUnits(parsed: ParsedDocument, obs: Observations): UnitRow[] {
  const names = new Map<string, string>();
  for (const table of parsed.rowTables) {
    const roles = rowRoles(table.rows);
    table.rows.forEach((row, index) => {
      if (roles[index] === 'unit' && row.code && !names.has(row.code)) names.set(row.code, row.name);
    });
  }
  for (const unit of parsed.projects?.value.unitTotals ?? [])
    if (!names.has(unit.code)) names.set(unit.code, unit.name);
  const codes = [...names.keys()].sort(compareCodes);
  return codes.map((code) => {
    const get = (column: Quantity): Figure | null => obs.first(`unit:${code}:${column}:all`);
    return {
      code,
      name: names.get(code) ?? '',
      isDepartment: codes.some((other) => other !== code && other.startsWith(code)),
      income: obs.first(`unit:${code}:income`),
      total: get('total'),
      basic: get('basic'),
      project: get('project'),
      personnel: get('personnel'),
      publicUse: get('public-use'),
    };
  });
}

/** `980秦皇岛市海港区发展服务中心`: a code and a name printed above the tables. */
function metaUnits(tables: readonly RawTable[]): UnitName[] {
  return tables.flatMap((table) =>
    table.meta.flatMap((meta) => {
      const match = /^(\d{3,6})\s*[-－]?\s*(\D{4,})$/.exec(meta.text.trim());
      return match ? [{ code: match[1], name: match[2] }] : [];
    }),
  );
}

function incomeLines(parsed: ParsedDocument, obs: Observations): IncomeLine[] {
  const printed = parsed.summary?.value.income ?? [];
  const lines: IncomeLine[] = printed.map((line) => ({
    source: line.source,
    label: line.label,
    amount: obs.first(`income.${line.source}`),
  }));
  for (const source of INCOME_SOURCES) {
    if (lines.some((line) => line.source === source)) continue;
    // 财政拨款 as a whole only where no line splits it by fund.
    if (
      source === 'fiscal' &&
      lines.some((line) => ['gpb', 'gov-fund', 'state-capital'].includes(line.source))
    )
      continue;
    const amount = obs.first(`income.${source}`);
    if (amount)
      lines.push({ source: source as IncomeSource, label: obs.all(`income.${source}`)[0].label, amount });
  }
  return lines;
}

function sanGongOf(parsed: ParsedDocument, role: 'table' | 'narrative'): SanGong | null {
  const table = parsed.sanGong.find((entry) => entry.value.role === role);
  if (!table) return null;
  return table.value.values;
}

function sanGongFromProse(narrative: NarrativeResult): SanGong | null {
  const find = (key: string): Figure | null => narrative.figures.find((f) => f.key === key)?.figure ?? null;
  const values: SanGong = {
    ...emptySanGong(),
    total: find('san-gong-total'),
    abroad: find('san-gong-abroad'),
    vehicle: find('san-gong-vehicle'),
    vehiclePurchase: find('san-gong-vehicle-purchase'),
    vehicleOperation: find('san-gong-vehicle-operation'),
    reception: find('san-gong-reception'),
  };
  return Object.values(values).some(Boolean) ? values : null;
}

/**
 * Projects from the 项目支出表, with the codes that only the performance forms print; where a
 * disclosure has no 项目支出表, the performance forms are the list.
 */
function projectsOf(parsed: ParsedDocument, departmentName: string): Project[] {
  // Forms for a whole programme (重点专项资金绩效目标表（一级项目）) are not a list of projects.
  const performance = parsed.performance
    .filter((entry) => !/一级项目|专项资金|重点专项|整体/.test(entry.table.title))
    .flatMap((entry) => entry.projects.map((project) => ({ ...project, form: entry.table.label })));
  const table = parsed.projects?.value.projects ?? [];
  if (table.length === 0) {
    return performance.flatMap((project): Project[] =>
      project.amount
        ? [
            {
              code: project.code,
              name: project.name,
              unitCode: null,
              unitName: departmentName,
              amount: project.amount,
              fundingSource: null,
              performance: { table: project.form, line: project.line },
            },
          ]
        : [],
    );
  }
  return table.map((project): Project => {
    // The form: the one with the project's code, else the one of its name and amount.
    const form =
      (project.code ? performance.find((p) => p.code === project.code) : undefined) ??
      matchPerformance(project.name, project.amount, performance);
    const formOfThis = project.code && form?.code && form.code !== project.code ? null : form;
    return {
      code: project.code ?? form?.code ?? null,
      name: project.name,
      unitCode: project.unitCode,
      unitName: project.unitName,
      amount: project.amount,
      fundingSource: project.fundingSource,
      ...(project.functionalCode ? { functionalCode: project.functionalCode } : {}),
      ...(formOfThis ? { performance: { table: formOfThis.form, line: formOfThis.line } } : {}),
    };
  });
}

/** The performance form of a project: same name (ignoring a trailing 费/项目), same amount. */
export function matchPerformance<T extends { name: string; amount: Figure | null; code: string | null }>(
  name: string,
  amount: Figure | null,
  candidates: readonly T[],
): T | null {
  const stem = (text: string): string => nameKey(text).replace(/(项目|费|经费)$/, '');
  const sameName = candidates.filter((c) => nameKey(c.name) === nameKey(name) || stem(c.name) === stem(name));
  return sameName.find((c) => agree(c.amount, amount)) ?? sameName[0] ?? null;
}
