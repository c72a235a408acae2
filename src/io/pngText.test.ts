import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { crc32, readPngText, withPngText } from './pngText';

/** A 1×1 grey PNG built by hand (signature, IHDR, IDAT, IEND). */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: number[]) => {
    const body = new Uint8Array([...Buffer.from(type, 'latin1'), ...data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    out.set(body, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return [...out];
  };
  const ihdr = [0, 0, 0, 1, 0, 0, 0, 1, 8, 0, 0, 0, 0];
  const idat = [...deflateSync(Buffer.from([0, 128]))];
  return new Uint8Array([
    137,
    80,
    78,
    71,
    13,
    10,
    26,
    10,
    ...chunk('IHDR', ihdr),
    ...chunk('IDAT', idat),
    ...chunk('IEND', []),
  ]);
}

describe('crc32', () => {
  it('gives the CRC every PNG IEND chunk carries', () => {
    expect(crc32(new TextEncoder().encode('IEND')).toString(16)).toBe('ae426082');
  });
});

describe('withPngText / readPngText', () => {
  it('inserts UTF-8 text before IEND and reads it back, the image data unchanged', () => {
    const png = tinyPng();
    const out = withPngText(png, { Title: 'Slot01', Description: 'σ 0.2442 nm · ▲ above USL' });
    expect(readPngText(out)).toEqual({ Title: 'Slot01', Description: 'σ 0.2442 nm · ▲ above USL' });
    expect(out.subarray(0, png.length - 12)).toEqual(png.subarray(0, png.length - 12));
    expect(new TextDecoder().decode(out.subarray(out.length - 8, out.length - 4))).toBe('IEND');
  });

  it('refuses what is not a PNG, and keywords the format does not allow', () => {
    expect(() => withPngText(new Uint8Array(20), { Title: 'x' })).toThrow(RangeError);
    expect(() => withPngText(tinyPng(), { '': 'x' })).toThrow(RangeError);
  });
});
