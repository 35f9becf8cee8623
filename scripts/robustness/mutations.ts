// Broken variants of a disclosure, of the kinds a portal really serves: cut-off downloads,
// re-encoded files, Word and PDF extraction accidents, hand edits. Each mutation is
// deterministic from the random generator it is given.

import type { TableInfo } from '../../src/domain/budget';
import { encodeGbk } from './gbk';
import { figureTokens } from './figures';
import type { Random } from '../tools/random';

export interface MutationInput {
  text: string;
  /** The tables the untouched text was found to hold (lines are 1-based). */
  tables: readonly TableInfo[];
  random: Random;
}

export interface Mutated {
  bytes: Uint8Array;
  /** What was done, for the report: `shuffled lines 300–304 (附表7 …)`. */
  detail: string;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const lines = (text: string): string[] => text.split('\n');

function pickTable({ tables, random }: MutationInput): TableInfo {
  const withBody = tables.filter((t) => t.endLine > t.line + 1);
  return random.pick(withBody.length > 0 ? withBody : tables);
}

/** 0-based indices of a table's lines that hold figures. */
function figureLines(input: MutationInput, table: TableInfo): number[] {
  const all = lines(input.text);
  const body = all.slice(table.line, table.endLine);
  const found = [...new Set(figureTokens(body).map((t) => t.line + table.line))];
  return found.length > 0 ? found : [table.line];
}

const MUTATIONS = {
  cut(input) {
    const bytes = utf8(input.text);
    const at = input.random.int(1, bytes.length - 1);
    return { bytes: bytes.subarray(0, at), detail: `cut at byte ${at} of ${bytes.length}` };
  },
  'shuffle-lines'(input) {
    const table = pickTable(input);
    const all = lines(input.text);
    const size = input.random.int(2, 6);
    const start = input.random.int(table.line, Math.max(table.line, table.endLine - size));
    const window = all.slice(start, start + size);
    all.splice(start, window.length, ...input.random.shuffle(window));
    return {
      bytes: utf8(all.join('\n')),
      detail: `shuffled lines ${start + 1}–${start + window.length} (${table.label})`,
    };
  },
  'random-bytes'(input) {
    const bytes = Uint8Array.from(utf8(input.text));
    const count = input.random.int(1, 20);
    for (let i = 0; i < count; i++) bytes[input.random.int(0, bytes.length - 1)] = input.random.int(0, 255);
    return { bytes, detail: `${count} random bytes overwritten` };
  },
  gbk: (input) => ({ bytes: encodeGbk(input.text), detail: 'encoded as GBK' }),
  'utf-16': (input) => {
    const text = input.text;
    const bytes = new Uint8Array(2 + text.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < text.length; i++) {
      bytes[2 + i * 2] = text.charCodeAt(i) & 0xff;
      bytes[3 + i * 2] = text.charCodeAt(i) >> 8;
    }
    return { bytes, detail: 'encoded as UTF-16LE with BOM' };
  },
  crlf: (input) => ({
    bytes: utf8((input.random.next() < 0.5 ? '\ufeff' : '') + input.text.replace(/\n/g, '\r\n')),
    detail: 'CRLF line ends (some with a BOM)',
  }),
  'full-width-digits'(input) {
    const table = pickTable(input);
    const all = lines(input.text).map((line, index) =>
      index >= table.line - 1 && index < table.endLine
        ? line
            .replace(/(\d)\.(\d)/g, '$1．$2')
            .replace(/\d/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
        : line,
    );
    return { bytes: utf8(all.join('\n')), detail: `full-width digits in ${table.label}` };
  },
  'empty-cells'(input) {
    const table = pickTable(input);
    const all = lines(input.text);
    const count = input.random.int(1, 3);
    const emptied: number[] = [];
    for (let i = 0; i < count; i++) {
      const index = input.random.pick(figureLines(input, table));
      const tokens = figureTokens([all[index]]);
      if (tokens.length === 0) continue;
      const token = input.random.pick(tokens);
      all[index] = all[index].slice(0, token.start) + all[index].slice(token.end);
      emptied.push(index + 1);
    }
    return {
      bytes: utf8(all.join('\n')),
      detail: `emptied cells on lines ${emptied.join(', ')} (${table.label})`,
    };
  },
  'double-table'(input) {
    const table = pickTable(input);
    const all = lines(input.text);
    const block = all.slice(table.line - 1, table.endLine);
    all.splice(table.endLine, 0, ...block);
    return {
      bytes: utf8(all.join('\n')),
      detail: `doubled ${table.label} (lines ${table.line}–${table.endLine})`,
    };
  },
  'rename-title'(input) {
    const table = pickTable(input);
    const all = lines(input.text);
    const other = input.random.pick(input.tables);
    const renamed = input.random.pick([
      `${other.title}`,
      all[table.line - 1].replace(/[收支预决算财政拨款经费项目]/g, (ch) => (ch === '支' ? '收' : '某')),
      '附件 说明表',
    ]);
    all[table.line - 1] = renamed;
    return {
      bytes: utf8(all.join('\n')),
      detail: `line ${table.line} title “${table.title}” → “${renamed}”`,
    };
  },
  'delete-lines'(input) {
    const table = pickTable(input);
    const all = lines(input.text);
    const count = input.random.int(1, 4);
    const start = input.random.int(table.line, Math.max(table.line, table.endLine - count));
    all.splice(start, count);
    return {
      bytes: utf8(all.join('\n')),
      detail: `deleted lines ${start + 1}–${start + count} (${table.label})`,
    };
  },
  'not-a-number'(input) {
    const table = pickTable(input);
    const all = lines(input.text);
    const index = input.random.pick(figureLines(input, table));
    const token = figureTokens([all[index]])[0];
    if (!token) return { bytes: utf8(input.text), detail: 'no figure to garble' };
    const garbled = token.text.replace(/0/g, 'O').replace(/1/g, 'l').replace(/\./, '。');
    all[index] = all[index].slice(0, token.start) + garbled + all[index].slice(token.end);
    return { bytes: utf8(all.join('\n')), detail: `line ${index + 1}: “${token.text}” → “${garbled}”` };
  },
  'huge-number'(input) {
    const table = pickTable(input);
    const all = lines(input.text);
    const index = input.random.pick(figureLines(input, table));
    const token = figureTokens([all[index]])[0];
    if (!token) return { bytes: utf8(input.text), detail: 'no figure to enlarge' };
    const huge = '9'.repeat(input.random.int(16, 40)) + '.99';
    all[index] = all[index].slice(0, token.start) + huge + all[index].slice(token.end);
    return {
      bytes: utf8(all.join('\n')),
      detail: `line ${index + 1}: “${token.text}” → ${huge.length} digits`,
    };
  },
  markup(input) {
    // Text a hostile portal (or a careless editor) could put in a name cell.
    const table = pickTable(input);
    const all = lines(input.text);
    const index = input.random.pick(figureLines(input, table));
    const payload = input.random.pick([
      '<img src=x onerror=alert(1)>',
      '=HYPERLINK("http://evil.example","点击")',
      '+cmd|" /C calc"!A0',
      '@SUM(1+1)',
      '</script><script>alert(1)</script>',
    ]);
    all[index] = all[index].replace(/[\u4e00-\u9fff]{2,}/, (name) => payload + name);
    return { bytes: utf8(all.join('\n')), detail: `line ${index + 1}: inserted ${payload}` };
  },
  empty: () => ({ bytes: new Uint8Array(0), detail: 'empty file' }),
  binary(input) {
    const bytes = new Uint8Array(input.random.int(1, 4096));
    for (let i = 0; i < bytes.length; i++) bytes[i] = input.random.int(0, 255);
    return { bytes, detail: `${bytes.length} random bytes` };
  },
} satisfies Record<string, (input: MutationInput) => Mutated>;

export type MutationKind = keyof typeof MUTATIONS;
export const MUTATION_KINDS = Object.keys(MUTATIONS) as MutationKind[];

/** Kinds after which the figures must come out exactly as from the untouched text. */
export const HARMLESS: ReadonlySet<MutationKind> = new Set(['gbk', 'utf-16', 'crlf', 'full-width-digits']);

export function mutate(kind: MutationKind, input: MutationInput): Mutated {
  return MUTATIONS[kind](input);
}
