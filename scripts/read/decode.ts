// Bytes → text lines. Government portals serve UTF-8 (with or without BOM), GBK and UTF-16;
// Windows tools add CRLF. Each of these is handled and noted, never guessed silently.

import type { Issue } from '../../src/domain/issues';

export interface DecodedText {
  /** Lines of the file, 0-based here; line numbers reported to users are index + 1. */
  lines: string[];
  encoding: 'utf-8' | 'gbk' | 'utf-16le' | 'utf-16be';
  notes: Issue[];
}

export type DecodeResult = { ok: true; value: DecodedText } | { ok: false; issues: Issue[] };

export function decodeSource(file: string, bytes: Uint8Array): DecodeResult {
  const note = (code: Issue['code'], severity: Issue['severity'], message: string): Issue => ({
    severity,
    code,
    file,
    line: 0,
    table: null,
    message,
  });

  const decoded = decodeBytes(bytes);
  if (decoded === null) {
    return {
      ok: false,
      issues: [
        note(
          'binary-file',
          'error',
          'the file is neither UTF-8, UTF-16 nor GBK text; expected a disclosure exported as plain text',
        ),
      ],
    };
  }
  const text = normalizeText(decoded.text);
  const lines = text.split('\n');
  const notes: Issue[] = [];
  if (decoded.encoding === 'gbk') {
    notes.push(note('decoded-gbk', 'warning', 'the file is not UTF-8; decoded it as GBK'));
  }
  if (decoded.cut) {
    notes.push({
      ...note(
        'truncated-table',
        'warning',
        'the file ends in the middle of a character; it looks cut off, so its last table may be incomplete',
      ),
      line: lastLine(lines),
    });
  }
  notes.push(...damagedLines(file, lines));
  if (decoded.bom)
    notes.push(note('text-normalized', 'info', `removed a ${decoded.encoding} byte-order mark`));
  if (decoded.text.includes('\r')) {
    notes.push(note('text-normalized', 'info', 'normalized Windows (CRLF) or old Mac (CR) line ends'));
  }
  if (text.trim() === '') {
    return {
      ok: false,
      issues: [note('empty-file', 'error', 'the file is empty; expected the text of a budget disclosure')],
    };
  }
  return { ok: true, value: { lines, encoding: decoded.encoding, notes } };
}

/** Each line holding a character that could not be decoded (shown as �), up to 20. */
function damagedLines(file: string, lines: readonly string[]): Issue[] {
  const damaged = lines.flatMap((line, index) => (line.includes('\ufffd') ? [index + 1] : []));
  return damaged.slice(0, 20).map((line, n) => ({
    severity: 'warning',
    code: 'damaged-text',
    file,
    line,
    table: null,
    message:
      'the line holds bytes that are not valid text (shown as �); a figure or name on it may be wrong' +
      (n === 19 && damaged.length > 20 ? ` (and ${damaged.length - 20} more lines like it)` : ''),
  }));
}

/** 1-based number of the last line with any text. */
function lastLine(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i].trim()) return i + 1;
  return 1;
}

interface Decoded {
  text: string;
  encoding: DecodedText['encoding'];
  bom: boolean;
  /** True when the last bytes were an incomplete character and were dropped. */
  cut?: boolean;
}

/** Characters that never occur in a text export: control characters other than tab and line breaks. */
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g;

/**
 * How many damaged characters (invalid bytes, control characters) a file may hold and still be
 * read as text: a few flipped bytes in a download should cost the figures on those lines, not
 * the whole file. More than this, and it is not text (or not this encoding).
 */
function damageLimit(length: number): number {
  return Math.max(8, Math.floor(length / 500));
}

function decodeBytes(bytes: Uint8Array): Decoded | null {
  const withBom = (decoded: Omit<Decoded, 'bom'> | null): Decoded | null =>
    decoded && { ...decoded, bom: true };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const rest = bytes.subarray(3);
    return withBom(tryDecode(rest, 'utf-8') ?? cutUtf8(rest) ?? damagedUtf8(rest));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return withBom(tryDecode(bytes.subarray(2), 'utf-16le'));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return withBom(tryDecode(bytes.subarray(2), 'utf-16be'));
  const decoded =
    tryDecode(bytes, 'utf-8') ?? cutUtf8(bytes) ?? damagedUtf8(bytes) ?? tryDecode(bytes, 'gbk');
  return decoded && { ...decoded, bom: false };
}

/** A UTF-8 file cut off inside a multi-byte character: decode what is complete. */
function cutUtf8(bytes: Uint8Array): (Omit<Decoded, 'bom'> & { cut: true }) | null {
  for (let drop = 1; drop <= 3 && drop < bytes.length; drop++) {
    const decoded = tryDecode(bytes.subarray(0, bytes.length - drop), 'utf-8');
    if (decoded) return { ...decoded, cut: true };
  }
  return null;
}

/**
 * UTF-8 with a few damaged bytes (a flaky download, a bad sector): the damage becomes U+FFFD
 * and each damaged line is reported. A GBK file read as UTF-8 has damage everywhere, so it
 * falls through to GBK.
 */
function damagedUtf8(bytes: Uint8Array): Omit<Decoded, 'bom'> | null {
  const text = new TextDecoder('utf-8').decode(bytes);
  const damage = (text.match(/\ufffd/g)?.length ?? 0) + (text.match(CONTROL)?.length ?? 0);
  if (damage > damageLimit(text.length)) return null;
  return { text: text.replace(CONTROL, '\ufffd'), encoding: 'utf-8' };
}

function tryDecode(bytes: Uint8Array, encoding: DecodedText['encoding']): Omit<Decoded, 'bom'> | null {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    const controls = text.match(CONTROL)?.length ?? 0;
    if (controls > 0 && (encoding !== 'utf-8' || controls > damageLimit(text.length))) return null;
    return { text: text.replace(CONTROL, '\ufffd'), encoding };
  } catch {
    return null;
  }
}

/**
 * Line ends to \n; invisible characters removed; full-width digits to ASCII (Word exports
 * print `２０２５`); no-break and ideographic spaces to plain spaces.
 */
export function normalizeText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .replace(/[\u00a0\u3000]/g, ' ')
    .replace(/[０-９]/g, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0))
    .replace(/(\d)[．](\d)/g, '$1.$2');
}
