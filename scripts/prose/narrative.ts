// Figures stated in the prose (情况说明), read with their printed precision so they can be
// checked against the tables "at the narrative's precision". PDF prose wraps mid-sentence, so
// the text outside tables is joined into one stream that remembers each character's line.

import type { Count, Figure, NarrativeFigure } from '../../src/domain/budget';
import { parseAmount, type MoneyUnit } from '../../src/domain/money';
import type { Item } from '../layout/items';
import type { RawTable } from '../tables/segment';

export const NARRATIVE_TABLE = '情况说明';

export interface NarrativeStream {
  text: string;
  lineAt: (offset: number) => number;
}

const HEADING = /^\s*([一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d{1,2}[．.、](?!\d))/;
/** `6 6 , 3 0 7 . 9 8`: a number letter-spaced the same way. */
const SPACED_DIGITS = /\d(?: [\d,.]){3,}/g;
const SPACED_CJK = /(?<=[\u3400-\u9fff，。；：、（）])\s+(?=[\u3400-\u9fff，。；：、（）])/g;

export function narrativeStream(
  items: readonly Item[],
  tables: readonly RawTable[],
  joinLines: boolean,
): NarrativeStream {
  const inTable = (line: number): boolean => tables.some((t) => line >= t.line && line <= t.endLine);
  let text = '';
  const starts: { offset: number; line: number }[] = [];
  for (const item of items) {
    if (item.kind !== 'text' || inTable(item.line)) continue;
    // A numbered heading or item (`三、支出预算情况说明`, `（二）…`, `1．法院（款）…`) starts a sentence
    // even where lines are joined.
    if (joinLines && HEADING.test(item.text)) text += '\n';
    starts.push({ offset: text.length, line: item.line });
    // Justified PDF lines come out letter-spaced (`财 政 拨 款 收 支 总 预 算`): spaces between
    // Chinese characters are layout, not words.
    text +=
      item.text.replace(SPACED_CJK, '').replace(SPACED_DIGITS, (run) => run.replace(/ /g, '')) +
      (joinLines ? '' : '\n');
  }
  return {
    text,
    lineAt: (offset) => {
      let line = starts[0]?.line ?? 0;
      for (const start of starts) {
        if (start.offset > offset) break;
        line = start.line;
      }
      return line;
    },
  };
}

export const AMOUNT = String.raw`(\d[\d,]*(?:\.\d+)?)\s*(万元|元)`;

/** Figures named by the words before them; every sentence that states one is read. */
const WORDED: readonly { key: string; label: string; pattern: RegExp }[] = [
  {
    key: 'budget-total',
    label: '收支总预算',
    pattern: new RegExp(String.raw`(?<!财政拨款)收支总预算\s*` + AMOUNT),
  },
  {
    key: 'fiscal-total',
    label: '财政拨款收支总预算',
    pattern: new RegExp(String.raw`财政拨款收支总预算\s*` + AMOUNT),
  },
  {
    key: 'income-total',
    label: '收入预算',
    // Not a source's income: `国有资本经营预算收入 0 万元`, `基金预算收入0.00万元`.
    pattern: new RegExp(
      String.raw`(?:(?<!基金|资本经营|一般公共预算|专户管理资金|其他|事业|经营)收入预算|(?<!一般公共|资本经营|基金|财政专户核拨|单位资金)预算收入)(?:总额|合计)?为?\s*` +
        AMOUNT,
    ),
  },
  {
    key: 'expenditure-total',
    label: '支出预算',
    pattern: new RegExp(
      String.raw`(?<!一般公共预算|财政拨款|基本|项目|采购|经费|基金|资本经营)支出预算(?:总额|合计)?为?\s*` +
        AMOUNT,
    ),
  },
  {
    key: 'gpb-total',
    label: '一般公共预算支出',
    pattern: new RegExp(String.raw`一般公共预算(?:支出预算(?:数为|为)?|拨款)\s*` + AMOUNT),
  },
  {
    key: 'gpb-basic',
    label: '一般公共预算基本支出',
    pattern: new RegExp(String.raw`一般公共预算基本支出(?:预算)?\s*` + AMOUNT),
  },
  {
    key: 'basic',
    label: '基本支出',
    pattern: new RegExp(String.raw`(?<!一般公共预算)基本支出(?:预算)?\s*` + AMOUNT),
  },
  { key: 'personnel', label: '人员经费', pattern: new RegExp(String.raw`人员经费\s*` + AMOUNT) },
  { key: 'public-use', label: '公用经费', pattern: new RegExp(String.raw`公用经费\s*` + AMOUNT) },
  {
    key: 'project',
    label: '项目支出',
    pattern: new RegExp(String.raw`(?<!预留)项目(?:支出|经费)\s*` + AMOUNT),
  },
  {
    key: 'san-gong-total',
    label: '“三公”经费',
    pattern: new RegExp(String.raw`三公.{0,2}经费(?:财政拨款)?(?:预算|支出)?(?:安排|为|数)?\s*` + AMOUNT),
  },
  {
    key: 'san-gong-abroad',
    label: '因公出国（境）费',
    pattern: new RegExp(String.raw`因公出国[（(]境[)）]经?费用?(?:预算)?(?:支出)?\s*` + AMOUNT),
  },
  {
    key: 'san-gong-reception',
    label: '公务接待费',
    pattern: new RegExp(String.raw`公务接待费(?:预算)?(?:支出)?\s*` + AMOUNT),
  },
  {
    key: 'san-gong-vehicle',
    label: '公务用车购置及运行费',
    pattern: new RegExp(String.raw`公务用车购置及运[行维护]*费(?:预算)?(?:支出)?\s*` + AMOUNT),
  },
  {
    key: 'san-gong-vehicle-purchase',
    label: '公务用车购置费',
    pattern: new RegExp(String.raw`公务用车购置费(?:预算)?(?:支出)?为?\s*` + AMOUNT),
  },
  {
    key: 'san-gong-vehicle-operation',
    label: '公务用车运行费',
    pattern: new RegExp(String.raw`公务用车运[行维护]*费(?:预算)?(?:支出)?为?\s*` + AMOUNT),
  },
  {
    key: 'procurement',
    label: '政府采购预算',
    pattern: new RegExp(String.raw`政府采购(?:预算)?(?:支出)?(?:合计|总额)?\s*` + AMOUNT),
  },
  {
    key: 'purchase-services',
    label: '政府购买服务预算',
    pattern: new RegExp(String.raw`政府购买服务(?:预算)?(?:支出)?(?:合计)?\s*` + AMOUNT),
  },
  {
    key: 'operating-costs',
    label: '机关运行经费',
    pattern: new RegExp(String.raw`机关运行经费(?:财政拨款)?(?:预算)?(?:共计安排)?\s*` + AMOUNT),
  },
];

/** The same, global: every sentence that states a figure is read, not only the first. */
const RULES = WORDED.map((rule) => ({ ...rule, pattern: new RegExp(rule.pattern.source, 'g') }));

/** 类 of the 一般公共预算: `科学技术支出（类）282.44 万元`. */
const CLASS = new RegExp(String.raw`([^\s，。；：、（）()\d]{2,20}支出)\s*[（(]类[)）]\s*` + AMOUNT, 'g');

/**
 * A 类 named without the marker, in a list: `支出包括：一般公共服务支出 1185.09 万元、社会保障和就业支出
 * 27.73 万元`. Only names that are 类 in the tables are checked.
 */
const LISTED_CLASS = new RegExp(
  String.raw`(?<=[：:、，,])\s*([^\s，。；：、（）()\d]{2,20}支出)\s*` + AMOUNT,
  'g',
);

/** 项 of the 一般公共预算: `一般公共服务支出(类)网信事务(款)事业运行(项)。2024 年预算数 1185.09 万元`. */
const ITEM = new RegExp(
  String.raw`([^\s，。；：、]{2,20}?)[（(]类[)）]([^\s，。；：、]{2,30}?)[（(]款[)）]([^\s，。；：、]{2,30}?)[（(]项[)）]。?\s*\d{4}\s*年预算数\s*` +
    AMOUNT,
  'g',
);

/** 类 of the economic classification of basic expenditure: `工资福利支出 395.70 万元`. */
const ECONOMIC = new RegExp(
  String.raw`(工资福利支出|商品和服务支出|对个人和家庭的?补助(?:支出)?|资本性支出)\s*` + AMOUNT,
  'g',
);

/** `人员经费 364.07 万元。包括：` opens a list of what the personnel part consists of. */
const PART_OPENER = /(人员经费|公用经费)\s*[\d,.]+\s*万?元[。，,]?\s*包括/g;

export interface NarrativeResult {
  figures: NarrativeFigure[];
  staffing: { authorized: Count | null; actual: Count | null; retired: Count | null };
}

export function readNarrative(stream: NarrativeStream): NarrativeResult {
  const figures: NarrativeFigure[] = [];
  const add = (key: string, label: string, match: RegExpExecArray, amountGroup: number): void => {
    // `增加基本支出 844.15 万元` states a change, not the figure.
    if (/(增加|减少|下降|增长|调增|调减)$/.test(stream.text.slice(Math.max(0, match.index - 4), match.index)))
      return;
    const figure = toFigure(
      match[amountGroup],
      match[amountGroup + 1] as MoneyUnit,
      stream.lineAt(match.index),
    );
    const end = match.index + match[0].length;
    if (figure) figures.push({ key, label, figure, scope: scopeAt(stream.text, match.index, end) });
  };
  for (const rule of RULES) {
    for (const match of stream.text.matchAll(rule.pattern))
      add(rule.key, rule.label, match as RegExpExecArray, 1);
  }
  for (const match of stream.text.matchAll(CLASS)) add('gpb-class', match[1], match as RegExpExecArray, 2);
  for (const match of stream.text.matchAll(LISTED_CLASS)) add('class', match[1], match as RegExpExecArray, 2);
  for (const match of stream.text.matchAll(ITEM))
    add('gpb-item', `${match[1]}/${match[2]}/${match[3]}`, match as RegExpExecArray, 4);

  const openers = [...stream.text.matchAll(PART_OPENER)].map((m) => ({ at: m.index ?? 0, part: m[1] }));
  for (const match of stream.text.matchAll(ECONOMIC)) {
    const at = match.index ?? 0;
    // Within 300 characters after `人员经费 … 包括`, an economic 类 is that part of the 类.
    const opener = openers.filter((o) => o.at < at && at - o.at < 300).pop();
    const part = opener ? (opener.part === '人员经费' ? 'personnel' : 'public-use') : 'total';
    add(`economic-${part}`, match[1], match as RegExpExecArray, 2);
  }

  const count = (pattern: RegExp): Count | null => {
    const match = pattern.exec(stream.text);
    return match ? { value: Number(match[1]), line: stream.lineAt(match.index) } : null;
  };
  return {
    figures,
    staffing: {
      authorized: count(/编制人数\s*(\d+)\s*人/),
      actual: count(/实有人数\s*(\d+)\s*人/),
      retired: count(/离退休人员\s*(\d+)\s*人/),
    },
  };
}

/** The funds a sentence speaks of, from its own words up to the figure. */
function scopeAt(text: string, offset: number, end: number): NarrativeFigure['scope'] {
  const sentenceStart = (at: number): number =>
    Math.max(text.lastIndexOf('。', at), text.lastIndexOf('\n', at), 0);
  let start = sentenceStart(offset);
  // `…财政拨款收支总预算 192207.76 万元。收入包括：一般公共预算…；支出包括：交通运输支出 …`: a
  // clause listing what the total before it includes speaks of that total's funds.
  const clause = Math.max(start, text.lastIndexOf('；', offset));
  if (
    /^[。；\n\s]*(收入|支出)包括/.test(text.slice(clause, clause + 8)) &&
    !FUNDS.test(text.slice(clause, end))
  )
    return start > 0 ? fundsOf(text.slice(sentenceStart(start - 1), start)) : 'all';
  // `…一般公共预算财政拨款支出 128148.56 万元。其中：基本支出 33325.21 万元`: a sentence opening
  // with 其中 speaks of the funds of the sentence before.
  if (/^[。\n\s]*其中/.test(text.slice(start, start + 4)) && start > 0) start = sentenceStart(start - 1);
  return fundsOf(text.slice(start, end));
}

const FUNDS = /一般公共预算|财政拨款/;

function fundsOf(words: string): NarrativeFigure['scope'] {
  if (/一般公共预算/.test(words)) return 'gpb';
  if (/财政拨款/.test(words)) return 'fiscal';
  return 'all';
}

export function toFigure(amount: string, unit: MoneyUnit, line: number): Figure | null {
  const parsed = parseAmount(amount, unit);
  return parsed.ok ? { fen: parsed.value.fen, step: parsed.value.step, table: NARRATIVE_TABLE, line } : null;
}
