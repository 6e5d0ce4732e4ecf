/** Turning a file's bytes into text the parsers can read, or saying why not. */
export type Decoded = { ok: true; text: string; encoding: 'utf-8' | 'windows-1252' } | { ok: false; reason: 'binary' | 'empty' };

/** Bytes that look like a binary file: NUL bytes, or many control characters, in the first 64 KiB. */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 65536);
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  return head.length > 0 && control / head.length > 0.05;
}

/** UTF-8 (with or without BOM), falling back to Windows-1252 as Italian offices' exports often are. */
export function decodeDocument(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: 'empty' };
  if (looksBinary(bytes)) return { ok: false, reason: 'binary' };
  let text: string;
  let encoding: 'utf-8' | 'windows-1252' = 'utf-8';
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
    encoding = 'windows-1252';
  }
  text = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  return text.trim() === '' ? { ok: false, reason: 'empty' } : { ok: true, text, encoding };
}
