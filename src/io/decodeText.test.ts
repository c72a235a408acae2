import { describe, expect, it } from 'vitest';
import { decodeImportBytes, looksBinary } from './decodeText';

const utf8 = (s: string) => new TextEncoder().encode(s);

describe('decodeImportBytes', () => {
  it('reads UTF-8 and keeps the BOM for the table reader to strip', () => {
    const r = decodeImportBytes(utf8('\uFEFFX (µm),Y (µm)\r\n1,2'));
    expect(r).toEqual({ text: '\uFEFFX (µm),Y (µm)\r\n1,2', encoding: 'utf-8', warning: null });
  });

  it('reads UTF-16 LE with a BOM (Excel "Unicode text")', () => {
    const text = '\uFEFFx\ty (µm)\r\n-1,5\t2';
    const bytes = new Uint8Array(text.length * 2);
    for (let i = 0; i < text.length; i++) {
      bytes[2 * i] = text.charCodeAt(i) & 0xff;
      bytes[2 * i + 1] = text.charCodeAt(i) >> 8;
    }
    const r = decodeImportBytes(bytes);
    expect(r.encoding).toBe('utf-16le');
    expect(r.text).toBe('x\ty (µm)\r\n-1,5\t2');
  });

  it('reads UTF-16 BE with a BOM', () => {
    const r = decodeImportBytes(new Uint8Array([0xfe, 0xff, 0x00, 0x78, 0x00, 0x2c, 0x00, 0x79]));
    expect(r).toEqual({ text: 'x,y', encoding: 'utf-16be', warning: null });
  });

  it('falls back to Windows-1252 with a warning, so µ (B5) survives', () => {
    const r = decodeImportBytes(new Uint8Array([0x58, 0x20, 0x28, 0xb5, 0x6d, 0x29]));
    expect(r.text).toBe('X (µm)');
    expect(r.encoding).toBe('windows-1252');
    expect(r.warning).toMatch(/not valid UTF-8/);
  });

  it('decodes an empty file to empty text', () => {
    expect(decodeImportBytes(new Uint8Array())).toEqual({
      text: '',
      encoding: 'utf-8',
      warning: null,
    });
  });
});

describe('looksBinary', () => {
  it('flags NUL bytes in a file without a UTF-16 mark, and not UTF-16 text', () => {
    expect(looksBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]))).toBe(true);
    expect(looksBinary(new TextEncoder().encode('x_mm,y_mm\n1,2\n'))).toBe(false);
    expect(looksBinary(new Uint8Array([0xff, 0xfe, 0x78, 0x00, 0x2c, 0x00]))).toBe(false);
  });
});
