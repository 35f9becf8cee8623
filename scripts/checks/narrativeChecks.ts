// The prose (情况说明) against the tables, at the prose's precision: `27.6 万元` agrees with
// 275,991.72 元 (27.599… 万元) because it is within half of 0.1 万元.

import type { Figure, NarrativeFigure } from '../../src/domain/budget';
import { NARRATIVE_TABLE, toFigure, type NarrativeStream } from '../prose/narrative';
import { nameKey } from '../tables/names';
import type { Quantity } from '../budget/observations';
import type { CheckedDocument } from './document';
import { term, type Report } from './report';

export function narrativeChecks(
  report: Report,
  { parsed, budget, obs, allGpb, stream }: CheckedDocument,
): void {
  const gpb = (key: `exp:${Quantity}` | `fn:${string}:${Quantity}`): Figure | null =>
    obs.first(`${key}:${allGpb ? 'all' : 'gpb'}`);
  const basicTable = parsed.rowTables.find((t) => t.kind === 'basic-economic');
  const basicTotal = basicTable?.rows.find((row) => row.code === null)?.values.total ?? null;
  const fiscal = parsed.fiscalSummary?.value;
  // 财政拨款 is 一般公共预算 alone when no other 财政拨款 source has an amount.
  const fiscalIsGpb = (fiscal?.income ?? []).every(
    (line) => line.source === 'gpb' || line.source === 'carryover' || !line.amount?.fen,
  );
  /** The table figure a sentence's words refer to, by the funds it speaks of. */
  const scoped = (figure: NarrativeFigure, all: Figure | null, gpbFigure: Figure | null): Figure | null =>
    figure.scope === 'all' ? all : figure.scope === 'gpb' || fiscalIsGpb ? gpbFigure : null;
  const fiscalTotal = fiscal?.totalIncome ?? fiscal?.currentIncome ?? null;
  const against = (figure: NarrativeFigure): [string, Figure | null] | undefined => {
    const e = budget.expenditure;
    switch (figure.key) {
      case 'budget-total':
        return ['收入合计', budget.income.total];
      case 'fiscal-total':
        return ['财政拨款收支总计', fiscalTotal];
      case 'income-total':
        return figure.scope === 'fiscal' && fiscalTotal
          ? ['财政拨款收入合计', fiscalTotal]
          : ['收入合计', scoped(figure, budget.income.total, gpb('exp:total'))];
      case 'expenditure-total':
        return figure.scope === 'fiscal' && fiscalTotal
          ? ['财政拨款支出合计', fiscalTotal]
          : ['支出合计', scoped(figure, e.total, gpb('exp:total'))];
      case 'gpb-total':
        return ['一般公共预算支出合计', gpb('exp:total')];
      case 'gpb-basic':
        return ['一般公共预算基本支出合计', basicTotal ?? gpb('exp:basic')];
      case 'basic':
        return ['基本支出', scoped(figure, e.basic, gpb('exp:basic'))];
      case 'personnel':
        return ['人员经费', scoped(figure, e.personnel, gpb('exp:personnel'))];
      case 'public-use':
        return ['公用经费', scoped(figure, e.publicUse, gpb('exp:public-use'))];
      case 'project':
        return ['项目支出', scoped(figure, e.project, gpb('exp:project'))];
      case 'procurement':
        // `采购预算总额 712.49 万元…；其中一般公共预算拨款政府采购 504.98 万元`: the part is not
        // the table's total.
        return figure.scope !== 'all' &&
          budget.narrative.some((f) => f.key === 'procurement' && f.scope === 'all')
          ? undefined
          : ['政府采购预算合计', budget.procurement];
      case 'purchase-services':
        return ['政府购买服务预算合计', budget.purchaseOfServices];
    }
    return undefined;
  };
  const compare = (figure: NarrativeFigure, label: string, table: Figure | null, id = figure.key): void => {
    if (!table) return;
    report.add(
      'narrative',
      id,
      `情况说明中的${figure.label}与表中${label}一致`,
      term(`${NARRATIVE_TABLE} · ${figure.label}`, figure.figure),
      [term(`${table.table} · ${label}`, table)],
    );
  };

  for (const figure of budget.narrative) {
    const target = against(figure);
    if (target) {
      compare(figure, target[0], target[1]);
      continue;
    }
    if (figure.key === 'gpb-class' || figure.key === 'class') {
      const row = budget.functional.find((r) => r.level === 1 && nameKey(r.name) === nameKey(figure.label));
      const gpbValue = row ? (gpb(`fn:${row.code}:total`) ?? row.total) : null;
      const value = figure.key === 'gpb-class' ? gpbValue : scoped(figure, row?.total ?? null, gpbValue);
      compare(figure, `${row?.code} ${row?.name}`, value, `class:${figure.label}`);
    } else if (figure.key === 'gpb-item') {
      const [className, , itemName] = figure.label.replace(/^\d+[.、．]\s*/, '').split('/');
      const candidates = budget.functional.filter(
        (r) => r.level === 3 && nameKey(r.name) === nameKey(itemName),
      );
      const row =
        candidates.find((r) => {
          const top = budget.functional.find((c) => c.code === r.code.slice(0, 3));
          return top && nameKey(top.name) === nameKey(className);
        }) ?? candidates[0];
      const value = row ? (gpb(`fn:${row.code}:total`) ?? row.total) : null;
      compare(figure, `${row?.code} ${row?.name}`, value, `item:${figure.label}`);
    } else if (figure.key.startsWith('economic-')) {
      const part = figure.key.slice('economic-'.length);
      const row = budget.economicBasic.find(
        (r) =>
          r.level === 1 &&
          nameKey(r.name).replace(/支出$/, '') === nameKey(figure.label).replace(/支出$/, ''),
      );
      const column =
        part === 'personnel' ? row?.personnel : part === 'public-use' ? row?.publicUse : row?.total;
      const partName = part === 'personnel' ? '人员经费' : part === 'public-use' ? '公用经费' : '合计';
      const value =
        column ??
        (basicTable
          ? {
              fen: 0,
              step: 1,
              table: basicTable.table.label,
              line: row?.total?.line ?? basicTable.table.line,
            }
          : null);
      compare(
        figure,
        `${row ? `${row.code} ${row.name}` : `${figure.label}（未列）`} · ${partName}`,
        value,
        `economic:${part}:${figure.label}`,
      );
    }
  }

  // Projects named in the prose with their amount: `政府工作性经费项目 16.16 万元`.
  for (const project of budget.projects) {
    const stated = projectInProse(stream, project.name);
    if (stated) {
      compare(
        { key: 'project', label: project.name, figure: stated, scope: 'all' },
        project.name,
        project.amount,
        `project:${project.code ?? project.name}`,
      );
    }
  }
}

/** The first amount printed right after a project's name (allowing `项目` and a short gap). */
function projectInProse(stream: NarrativeStream, name: string): Figure | null {
  const stems = [name, name.replace(/(项目|费|经费)$/, '')].filter((stem) => stem.length >= 4);
  for (const stem of stems) {
    const escaped = stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const match = new RegExp(
      escaped + String.raw`(?:项目|费)?\s*(?:项目)?\s*(\d[\d,]*(?:\.\d+)?)\s*(万元|元)`,
    ).exec(stream.text);
    if (match) return toFigure(match[1], match[2] as '万元' | '元', stream.lineAt(match.index));
  }
  return null;
}
