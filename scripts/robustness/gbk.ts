// Encoding text as GBK, the way many government portals still serve it. Node can decode GBK but
// not encode it, so the table is built once by decoding every two-byte GBK code.

let table: Map<string, number> | null = null;

function gbkTable(): Map<string, number> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const ch = decoder.decode(new Uint8Array([lead, trail]));
      if (ch.length === 1 && ch !== '\ufffd' && !table.has(ch)) table.set(ch, (lead << 8) | trail);
    }
  }
  return table;
}

/** GBK bytes of the text; characters GBK cannot encode become `?`, as most exporters do. */
export function encodeGbk(text: string): Uint8Array {
  const codes = gbkTable();
  const bytes: number[] = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0x3f;
    if (code < 0x80) bytes.push(code);
    else {
      const gbk = codes.get(ch);
      if (gbk === undefined) bytes.push(0x3f);
      else bytes.push(gbk >> 8, gbk & 0xff);
    }
  }
  return Uint8Array.from(bytes);
}
