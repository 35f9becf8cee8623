// What each stated change speaks of in the tables: a total, a functional classification row or a
// “三公” item — from the narrative figure printed at the same place, else from the words that
// name it (`行政运行（2010601）`, `公共安全（类）支出`, `法院（款）行政运行（项）支出`). A subject
// the converter cannot tell stays unresolved (refers: null) and is checked only against itself.

import type {
  ChangeSubject,
  FunctionalRow,
  NarrativeFigure,
  SanGong,
  StatedChange,
} from '../../src/domain/budget';
import { SAN_GONG_ITEMS } from '../../src/domain/sanGong';
import type { ReadChange } from '../prose/changes';
import { nameKey } from '../tables/names';

const BY_KEY: Record<string, ChangeSubject> = {
  'expenditure-total': { kind: 'expenditure', measure: 'total' },
  'gpb-total': { kind: 'expenditure', measure: 'total' },
  basic: { kind: 'expenditure', measure: 'basic' },
  'gpb-basic': { kind: 'expenditure', measure: 'basic' },
  project: { kind: 'expenditure', measure: 'project' },
  'income-total': { kind: 'income' },
  'budget-total': { kind: 'income' },
};

/** Words that name a total or a “三公” item, for subjects no narrative figure was read for. */
const WORDED: readonly [RegExp, ChangeSubject][] = [
  [/基本支出/, { kind: 'expenditure', measure: 'basic' }],
  [/项目支出/, { kind: 'expenditure', measure: 'project' }],
  [/^(部门)?(支出预算|预算支出|支出)(总计|合计|总额)?$/, { kind: 'expenditure', measure: 'total' }],
  [/^(部门)?(收入预算|预算收入|收入)(总计|合计|总额)?$/, { kind: 'income' }],
  [/收入、支出预算总计|收支预算总计|收支总预算/, { kind: 'income' }],
];

export function resolveChanges(
  read: readonly ReadChange[],
  narrative: readonly NarrativeFigure[],
  functional: readonly FunctionalRow[],
): StatedChange[] {
  return read.map((change) => {
    const figure = narrative.find(
      (f) => f.figure.line === change.current.line && f.figure.fen === change.current.fen,
    );
    const rows: Rows = { functional, fen: change.current.fen };
    return { ...change, refers: (figure && byFigure(figure, rows)) ?? bySubject(change.subject, rows) };
  });
}

/** The functional rows, and the figure the sentence prints (to tell a row whose name is worded differently). */
interface Rows {
  functional: readonly FunctionalRow[];
  fen: number;
}

function byFigure(figure: NarrativeFigure, rows: Rows): ChangeSubject | null {
  if (BY_KEY[figure.key]) return BY_KEY[figure.key];
  const item = SAN_GONG_ITEMS.find((i) => i.narrative === figure.key);
  if (item) return { kind: 'san-gong', item: item.key };
  if (figure.key === 'gpb-class' || figure.key === 'class') return classNamed(figure.label, rows);
  if (figure.key === 'gpb-item') {
    const [, kuan, xiang] = figure.label.split('/');
    return itemNamed(kuan, xiang, rows);
  }
  return null;
}

function bySubject(subject: string, rows: Rows): ChangeSubject | null {
  // `行政运行（2010601）`: a functional code printed with the name (economic codes start 3 or 5).
  const code = /[（(](2\d{2}(?:\d{2}){0,2})[)）]/.exec(subject);
  if (code) return { kind: 'functional', code: code[1] };
  const kuanXiang = /([^（()）]+)[（(]款[)）]([^（()）]+)[（(]项[)）]/.exec(subject);
  if (kuanXiang) return itemNamed(kuanXiang[1], kuanXiang[2], rows);
  const lei = /([^（()）]+)[（(]类[)）]/.exec(subject);
  if (lei) return classNamed(lei[1], rows);
  const sanGong = sanGongNamed(subject);
  if (sanGong) return { kind: 'san-gong', item: sanGong };
  // `支出预算年初预算数`: the subject's name, its 预算数 aside.
  const named = subject.replace(/(年初|本年)?预算数$/, '') || subject;
  const worded = WORDED.find(([pattern]) => pattern.test(named));
  if (worded) return worded[1];
  const row = rows.functional.find((r) => nameKey(r.name) === nameKey(subject));
  return row ? { kind: 'functional', code: row.code } : null;
}

/** A 类 by its name, printed with or without the final 支出 (`公共安全（类）支出`). */
function classNamed(name: string, { functional }: Rows): ChangeSubject | null {
  const key = nameKey(name).replace(/支出$/, '');
  const row = functional.find((r) => r.code.length === 3 && nameKey(r.name).replace(/支出$/, '') === key);
  return row ? { kind: 'functional', code: row.code } : null;
}

/**
 * A 项 by its name under a 款 of the given name; where the prose words it differently
 * (`一般行政事务管理` for 一般行政管理事务), the one 项 of that 款 whose total is the sentence's figure.
 */
function itemNamed(kuan: string, xiang: string, { functional, fen }: Rows): ChangeSubject | null {
  const kuanName = nameKey(kuan.replace(/^.*[．.、]/, ''));
  const kuans = functional.filter((k) => k.code.length === 5 && nameKey(k.name) === kuanName);
  const under = functional.filter((r) => r.code.length === 7 && kuans.some((k) => r.code.startsWith(k.code)));
  const named = under.find((r) => nameKey(r.name) === nameKey(xiang));
  const same = under.filter((r) => r.total?.fen === fen);
  const row = named ?? (same.length === 1 ? same[0] : undefined);
  return row ? { kind: 'functional', code: row.code } : null;
}

const SAN_GONG_WORDS: readonly [RegExp, keyof SanGong][] = [
  [/三公/, 'total'],
  [/因公出国/, 'abroad'],
  [/公务接待/, 'reception'],
  [/公务用车购置及运|公务用车购置和运/, 'vehicle'],
  [/公务用车购置/, 'vehiclePurchase'],
  [/公务用车运/, 'vehicleOperation'],
];

function sanGongNamed(subject: string): keyof SanGong | null {
  return SAN_GONG_WORDS.find(([pattern]) => pattern.test(subject))?.[1] ?? null;
}
