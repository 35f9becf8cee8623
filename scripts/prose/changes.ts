// The changes from an earlier year the narrative states: `一般公共服务支出（类）509.67万元，比2024年
// 预算增加13.37万元，增长2.7%`, `基本支出预算数为 18570.82 万元。与上年相比增加 1447.63 万元`,
// `公务接待费预算支出 28 万元，本年数与上年预算数一致`. Every comparison phrase is read; its figure
// is the amount printed last before it in the same sentence (or, for a sentence that opens with
// the comparison, in the sentence before), skipping the parts in parentheses after a figure.

import type { Figure, StatedChange } from '../../src/domain/budget';
import type { MoneyUnit } from '../../src/domain/money';
import { AMOUNT, toFigure, type NarrativeStream } from './narrative';

/** A stated change as read from the prose; what its subject is in the tables comes later (budget/). */
export type ReadChange = Omit<StatedChange, 'refers'>;

/** `比2024年预算`, `较上年`, `与上年预算数相比`, `同上年`: the comparison, then its verb. */
const COMPARISON = new RegExp(
  String.raw`(?:本年(?:预算)?数?)?(?:比|较|与|同)\s*(上年度?|去年|(20\d{2})\s*年度?)(?:同期)?\s*` +
    String.raw`(预算数?|预计执行数?|执行数|决算数|预算执行数)?\s*(?:相比|比较|对比)?[，,]?\s*` +
    // `与2024年相比，一般公共预算支出预算增加`, `与上年相比收、支预算总计各增加`: the subject again.
    String.raw`(?:[^，。；\d]{0,16}?)` +
    String.raw`(增加|增长|上升|提高|减少|下降|降低|持平|相同|一致|相等|无变化|不变)` +
    // `减少（增加）0 万元`: a template's both words, left in.
    String.raw`(?:[（(](?:增加|减少)[)）])?`,
  'g',
);
const UP = /增加|增长|上升|提高/;
const FLAT = /持平|相同|一致|相等|无变化|不变/;
const CHANGE_AMOUNT = new RegExp(String.raw`^(?:了)?\s*` + AMOUNT);
const PERCENT =
  /^[，,、]?\s*(?:增长|增加|上升|下降|降低|减少|增幅|降幅|变动|变化)?(?:率|幅度)?(?:了|为)?\s*(\d+(?:\.\d+)?)\s*[%％]?/;
const AMOUNTS = new RegExp(AMOUNT, 'g');
/** Where a sentence ends: the figure of a change is never looked for beyond one. */
const SENTENCE_END = /[。；;\n]/;

export function readStatedChanges(stream: NarrativeStream): ReadChange[] {
  const text = stream.text;
  const changes: ReadChange[] = [];
  for (const match of text.matchAll(COMPARISON)) {
    const at = match.index ?? 0;
    const current = figureBefore(text, at);
    if (!current) continue;
    const after = text.slice(at + match[0].length, at + match[0].length + 60);
    const verb = match[4];
    const baselineWords = match[3] ?? '';
    const base = {
      subject: current.subject,
      current: { ...current.figure, line: stream.lineAt(current.at) },
      baseline: /执行|决算/.test(baselineWords)
        ? ('actual' as const)
        : /预算/.test(baselineWords)
          ? ('budget' as const)
          : ('unspecified' as const),
      baselineYear: match[2] ? Number(match[2]) : null,
      line: stream.lineAt(at),
    };
    if (FLAT.test(verb)) {
      changes.push({ ...base, direction: 'flat', amount: null, percent: null });
      continue;
    }
    let rest = after;
    let amount: Figure | null = null;
    const money = CHANGE_AMOUNT.exec(rest);
    if (money) {
      amount = toFigure(money[1], money[2] as MoneyUnit, stream.lineAt(at + match[0].length));
      rest = rest.slice(money[0].length);
    }
    // `增长 15.9%` right after the verb, or `，增长2.7%` after the amount; `减少 9.52，` (the % sign
    // left out) only after an amount.
    const pct = PERCENT.exec(rest);
    const percentText = pct && (money || /[%％]/.test(pct[0])) ? pct[1] : null;
    const percent = percentText
      ? { value: Number(percentText.replace('.', '')), decimals: percentText.split('.')[1]?.length ?? 0 }
      : null;
    if (!amount && !percent) continue;
    const zero = (amount ? amount.fen === 0 : true) && (percent ? percent.value === 0 : true);
    changes.push({ ...base, direction: zero ? 'flat' : UP.test(verb) ? 'up' : 'down', amount, percent });
  }
  return changes;
}

/**
 * The amount printed last before a comparison, in its sentence — or in the sentence before when
 * the comparison opens its own (`…18570.82 万元。与上年相比增加…`). Amounts inside a parenthesis
 * closed before the comparison are its parts, not it; an amount that is itself a change
 * (`增加 100 万元`) is not a figure; a clause opened by `；` names its own subject and is skipped.
 */
function figureBefore(text: string, at: number): { figure: Figure; subject: string; at: number } | null {
  let start = sentenceStart(text, at);
  const opens = text.slice(start, at).trim() === '' && /[。\n]/.test(text[start - 1] ?? '');
  if (opens) {
    start = sentenceStart(text, start - 1);
    // `…583,429.56 万元。按支出功能分类，包括教育支出 54.94 万元，…，灾害防治… 20,889.67 万元。比2025年
    // 减少…`: after a sentence that lists parts, the comparison is the whole's — printed before
    // the list (包括/其中) in that sentence, or in the sentence before it.
    const listed = text.slice(start, at);
    const opener = listed.search(/包括|其中/);
    if (opener >= 0 && (listed.slice(opener).match(AMOUNTS) ?? []).length >= 2) {
      if (lastAmount(listed.slice(0, opener))) return figureIn(text, start, start + opener);
      return start > 0 ? figureIn(text, sentenceStart(text, start - 1), start) : null;
    }
  }
  return figureIn(text, start, at);
}

/** The figure of a sentence (from `start`) that a comparison at `at` speaks of. */
function figureIn(
  text: string,
  start: number,
  at: number,
): { figure: Figure; subject: string; at: number } | null {
  const sentence = text.slice(start, at);
  // Blank out parentheses closed before the comparison, keeping offsets.
  const flat = sentence.replace(/[（(][^（()）]*[)）]/g, (part) => ' '.repeat(part.length));
  let found = lastAmount(flat);
  if (!found) return null;
  // `收入 344,447.70 万元，其中：一般公共预算拨款 324,638.50 万元、…、其他收入 3,444.00 万元，较上年
  // 减少…`: after a list of parts, the comparison is the whole's.
  const parts = flat.lastIndexOf('其中');
  const whole = parts > 0 ? lastAmount(flat.slice(0, parts)) : null;
  if (whole && found.index > parts && flat.slice(parts).includes('、')) found = whole;
  // An amount skipped as a change stands between: the comparison is not this figure's.
  else if (/\d\s*万?元/.test(flat.slice(found.index + found[0].length))) return null;
  const figure = toFigure(found[1], found[2] as MoneyUnit, 0);
  if (!figure) return null;
  let subject = subjectBefore(sentence.slice(0, found.index));
  // `…事业运行(项)。2024 年预算数 1185.09 万元`: the name is in the sentence before.
  if (GENERIC.test(subject) && start > 0)
    subject = subjectBefore(text.slice(sentenceStart(text, start - 1), start - 1)) + subject;
  return { figure, subject, at: start + found.index };
}

/** The last amount that is a figure, not a change (`增加 100 万元`). */
function lastAmount(text: string): RegExpExecArray | null {
  let found: RegExpExecArray | null = null;
  for (const m of text.matchAll(AMOUNTS)) {
    const before = text.slice(Math.max(0, m.index - 3), m.index);
    if (/(增加|减少|增长|下降|降低|调增|调减)\s*$/.test(before)) continue;
    found = m as RegExpExecArray;
  }
  return found;
}

function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (SENTENCE_END.test(text[i])) return i + 1;
  return 0;
}

/** The words naming a figure: back to the clause's start, without its number and year. */
function subjectBefore(words: string): string {
  const clauses = words.split(/[，,：:、\n]/);
  const subject = clean(clauses.pop() ?? '');
  // `（二）支出预算：2026年年初预算数 583,429.56`: a bare 预算数 is named by the clause before.
  return GENERIC.test(subject) && clauses.length ? clean(clauses.pop() ?? '') + subject : subject;
}

/** A subject that names nothing by itself (`预算数`, `年初预算数`, `本年预算`). */
const GENERIC = /^(本年|年初)?(预算数?|年初预算数?)?$/;

function clean(clause: string): string {
  return clause
    .replace(/^\s*(其中|此外|包括)?\s*/, '')
    .replace(/^[（(]?[一二三四五六七八九十\d]+[)）．.、]\s*/, '')
    .replace(/^.*\d{4}\s*年度?/, '')
    .replace(/(为|是|共计|合计|安排)\s*$/, '')
    .replace(/\s+/g, '')
    .trim();
}
