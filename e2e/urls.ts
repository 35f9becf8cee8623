// Malformed and hostile URLs for the explorer, deterministic from a seed: unknown codes and
// disclosures, huge values, unicode, markup, repeated parameters, broken percent-encoding.
// Every URL carries at least one part the page must point out in a notice.

import { random, type Random } from '../scripts/tools/random';

const KNOWN_IDS = [
  '2025-dalian-xigang-103-government-office',
  '2024-wuhan-huangpi-032-big-data-center',
  '2025-wuhan-qiaokou-135002-big-data-center',
];

/** Text that must end up as text, never as markup or script. */
export const MARKUP = [
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload="window.__xss=1">',
  '</script><script>window.__xss=1</script>',
  'javascript:window.__xss=1',
  '{{constructor.constructor("window.__xss=1")()}}',
];

const JUNK = [
  '',
  ' ',
  'chart',
  'DRILL',
  ' drill',
  'drill\u202e',
  '中文视图',
  '𝔘𝔫𝔦𝔠𝔬𝔡𝔢',
  '١٢٣',
  '２０１',
  '../../etc/passwd',
  '%00',
  '\u0000',
  '1e309',
  '-1',
  'NaN',
  '0x10',
  '__proto__',
  'toString',
  'constructor',
  '9'.repeat(400),
  ...MARKUP,
];

const VIEWS = ['overview', 'drill', 'split', 'compare', 'projects', 'department', 'quality', 'source'];

/** Parts that every page must notice, whatever the view. */
const NOTICED: ((r: Random) => string)[] = [
  (r) => `view=${enc(r.pick(JUNK.filter((j) => !VIEWS.includes(j))))}`,
  (r) => `unit=${enc(r.pick(['dollars', 'WAN', 'toString', '__proto__', '', ...MARKUP]))}`,
  (r) => `lang=${enc(r.pick(['fr', 'zh-TW', 'EN', '', ...MARKUP]))}`,
  (r) => `sort=${enc(r.pick(['total.sideways', '<b>.asc', 'x'.repeat(40) + '.asc', '.desc', ...MARKUP]))}`,
  (r) => `line=${enc(r.pick(['0', '-5', '1e3', 'NaN', '١٢', '99999999999', ...MARKUP]))}`,
  (r) => `v=${enc(r.pick(['zzzz', 'G00D', '<b>', ',,,'.repeat(5)]))}`,
  (r) => `node=${enc(r.pick(['2010', '20103x', '-201', '２０１', '201.0', ...MARKUP]))}`,
  (r) =>
    `${enc(r.pick(['foo', '参数', '<b>x</b>', '__proto__', 'constructor', 'd[]', 'view ']))}=${enc(r.pick(JUNK))}`,
  (r) => `${r.pick(['view=drill&view=compare', 'd=a&d=b', 'lang=en&lang=zh', 'unit=yuan&unit=yi'])}`,
  // Longer than the page reads (2,000 characters), short enough for a web server's header limit.
  (r) => `${r.pick(['q', 'd', 'view', 'node'])}=${r.pick(['x', '9', '%3C']).repeat(2100)}`,
  (r) =>
    `d=${enc(r.pick(['nope', '2099-nowhere-000-none', '../../etc/passwd', ...MARKUP, 'a'.repeat(200)]))}`,
  (r) => `d=${r.pick(KNOWN_IDS)}:${r.pick(['999999', '000000', '12345'])}`,
];

/** Parts that may be valid, for variety: known ids, valid views, unknown but well-formed codes. */
const EXTRA: ((r: Random) => string)[] = [
  (r) => `view=${r.pick(VIEWS)}`,
  (r) => `d=${r.pick(KNOWN_IDS)}`,
  (r) => `d=${r.shuffle(KNOWN_IDS).slice(0, r.int(1, 3)).join(',')}`,
  (r) => `node=${r.pick(['999', '20199', '2019999', '201', '20103'])}`,
  (r) => `q=${enc(r.pick([...MARKUP, '运维', '=HYPERLINK("x")', '𝔘']))}`,
  (r) => `unit=${r.pick(['yuan', 'yi', 'wan'])}`,
  (r) => `lang=${r.pick(['zh', 'en'])}`,
  (r) => `line=${r.pick(['1', '400', '99999'])}`,
  (r) => r.pick(['%', '%%', '%E0%A4%A', '&&&', '=', '==x', '%zz=1']),
];

const enc = (text: string): string => encodeURIComponent(text);

export function fuzzUrls(count: number, seed = 1): string[] {
  const r = random(seed);
  return Array.from({ length: count }, () => {
    const parts = [r.pick(NOTICED)(r)];
    for (let i = r.int(0, 4); i > 0; i--) parts.push(r.pick(r.next() < 0.5 ? NOTICED : EXTRA)(r));
    return `?${r.shuffle(parts).join('&')}`;
  });
}
