// Bytes → text lines. Government portals serve UTF-8 (with or without BOM), GBK and UTF-16;
// Windows tools add CRLF. Each of these is handled and noted, never guessed silently.

import type { Issue } from '../../src/domain/issues';

export interface DecodedText {
  /** Lines of the file, 0-based here; line numbers reported to users are index + 1. */
  lines: string[];
  encoding: 'utf-8' | 'gbk' | 'utf-16le' | 'utf-16be';
  notes: Issue[];
}

export type DecodeResult = { ok: true; value: DecodedText } | { ok: false; issue: Issue };

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
      issue: note(
        'binary-file',
        'error',
        'the file is neither UTF-8, UTF-16 nor GBK text; expected a disclosure exported as plain text',
      ),
    };
  }
  const notes: Issue[] = [];
  if (decoded.encoding === 'gbk') {
    notes.push(note('decoded-gbk', 'warning', 'the file is not UTF-8; decoded it as GBK'));
  }
  if (decoded.cut) {
    notes.push(
      note(
        'truncated-table',
        'warning',
        'the file ends in the middle of a character; it looks cut off, so its last table may be incomplete',
      ),
    );
  }
  if (decoded.bom)
    notes.push(note('text-normalized', 'info', `removed a ${decoded.encoding} byte-order mark`));
  if (decoded.text.includes('\r')) {
    notes.push(note('text-normalized', 'info', 'normalized Windows (CRLF) or old Mac (CR) line ends'));
  }
  const text = normalizeText(decoded.text);
  if (text.trim() === '') {
    return {
      ok: false,
      issue: note('empty-file', 'error', 'the file is empty; expected the text of a budget disclosure'),
    };
  }
  return { ok: true, value: { lines: text.split('\n'), encoding: decoded.encoding, notes } };
}

interface Decoded {
  text: string;
  encoding: DecodedText['encoding'];
  bom: boolean;
  /** True when the last bytes were an incomplete character and were dropped. */
  cut?: boolean;
}

function decodeBytes(bytes: Uint8Array): Decoded | null {
  const withBom = (decoded: Omit<Decoded, 'bom'> | null): Decoded | null =>
    decoded && { ...decoded, bom: true };
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return withBom(tryDecode(bytes.subarray(3), 'utf-8'));
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return withBom(tryDecode(bytes.subarray(2), 'utf-16le'));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return withBom(tryDecode(bytes.subarray(2), 'utf-16be'));
  if (bytes.includes(0)) return null;
  const decoded = tryDecode(bytes, 'utf-8') ?? cutUtf8(bytes) ?? tryDecode(bytes, 'gbk');
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

function tryDecode(bytes: Uint8Array, encoding: DecodedText['encoding']): Omit<Decoded, 'bom'> | null {
  try {
    const text = new TextDecoder(encoding, { fatal: true }).decode(bytes);
    // Control characters other than tab and line breaks mean this is not a text export.
    if (/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(text)) return null;
    return { text, encoding };
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
