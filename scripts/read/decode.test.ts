import { describe, expect, it } from 'vitest';
import { encodeGbk } from '../robustness/gbk';
import { decodeSource } from './decode';

const SAMPLE = [
  '附表7 一般公共预算支出表',
  '单位：元',
  '2010301-行政运行\t4,792,654.93',
  '合计\t4,792,654.93',
];
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

function decode(bytes: Uint8Array) {
  const result = decodeSource('sample.txt', bytes);
  if (!result.ok) return { ok: false as const, code: result.issues[0].code };
  return {
    ok: true as const,
    encoding: result.value.encoding,
    lines: result.value.lines,
    notes: result.value.notes.map((n) => `${n.code}@${n.line}`),
  };
}

describe('decodeSource', () => {
  it.each([
    ['UTF-8', utf8(SAMPLE.join('\n')), 'utf-8', []],
    [
      'UTF-8 with BOM and CRLF',
      utf8('\ufeff' + SAMPLE.join('\r\n')),
      'utf-8',
      ['text-normalized@0', 'text-normalized@0'],
    ],
    ['GBK', encodeGbk(SAMPLE.join('\n')), 'gbk', ['decoded-gbk@0']],
  ])('%s', (_, bytes, encoding, notes) => {
    const result = decode(bytes);
    expect(result).toMatchObject({ ok: true, encoding, notes });
    if (result.ok) expect(result.lines[2]).toBe('2010301-行政运行\t4,792,654.93');
  });

  it('keeps a UTF-8 file with a few damaged bytes and names the damaged line', () => {
    const bytes = Uint8Array.from(utf8(SAMPLE.join('\n')));
    const at = utf8(SAMPLE.slice(0, 2).join('\n') + '\n2010301-行').length; // inside 政
    bytes[at] = 0xff;
    const result = decode(bytes);
    expect(result).toMatchObject({ ok: true, encoding: 'utf-8', notes: ['damaged-text@3'] });
    if (result.ok) expect(result.lines[2]).toContain('\ufffd');
  });

  it('replaces a stray control character and names its line', () => {
    const result = decode(utf8(SAMPLE.join('\n').replace('合计', '合\u0001计')));
    expect(result).toMatchObject({ ok: true, notes: ['damaged-text@4'] });
  });

  it.each([
    ['empty', new Uint8Array(0), 'empty-file'],
    ['only blank lines', utf8('\n \n\t\n'), 'empty-file'],
    ['random bytes', Uint8Array.from({ length: 4000 }, (_, i) => (i * 37) % 256), 'binary-file'],
  ])('rejects %s', (_, bytes, code) => {
    expect(decode(bytes)).toEqual({ ok: false, code });
  });

  it('notes a file cut inside a character on its last line', () => {
    const bytes = utf8(SAMPLE.join('\n'));
    const result = decode(bytes.subarray(0, bytes.length - 1 - '4,792,654.93'.length - 1));
    expect(result).toMatchObject({ ok: true, notes: ['truncated-table@4'] });
  });
});
