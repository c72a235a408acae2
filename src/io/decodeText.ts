/**
 * Turning an imported file's bytes into text. Spreadsheet and instrument software write UTF-8
 * (with or without a BOM), UTF-16 ("Unicode text" from Excel, with a BOM) or a Windows code page;
 * reading the wrong one silently turns `X (µm)` into `X (�m)` and loses the unit.
 */

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Set when the bytes were not valid UTF-8 and were read as Windows-1252 instead. */
  warning: string | null;
}

/**
 * Decode `bytes`: a UTF-16 BOM (FF FE or FE FF) selects UTF-16 LE/BE; otherwise strict UTF-8
 * (a UTF-8 BOM is kept as U+FEFF for the readers to strip); bytes that are not valid UTF-8 are
 * read as Windows-1252 (a superset of Latin-1, where µ is B5) with a warning. Never throws.
 */
export function decodeImportBytes(bytes: Uint8Array): DecodedText {
  const [b0, b1] = bytes;
  if (b0 === 0xff && b1 === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le', warning: null };
  }
  if (b0 === 0xfe && b1 === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be', warning: null };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: 'utf-8', warning: null };
  } catch {
    return {
      text: new TextDecoder('windows-1252').decode(bytes),
      encoding: 'windows-1252',
      warning: 'The file is not valid UTF-8; it was read as Windows-1252 (Western European).',
    };
  }
}

/**
 * True when `bytes` look like a binary file rather than text: a NUL byte in the first 8 KB of a
 * file without a UTF-16 byte-order mark (UTF-16 text is full of NULs and is recognised first).
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const [b0, b1] = bytes;
  if ((b0 === 0xff && b1 === 0xfe) || (b0 === 0xfe && b1 === 0xff)) return false;
  return bytes.subarray(0, 8192).includes(0);
}
