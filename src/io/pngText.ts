/**
 * Text metadata in a PNG file (PNG specification, 3rd edition, §11.3.3: iTXt, international
 * textual data, UTF-8): the exported map says what it shows (title, date, limits, legend,
 * statistics, method) in the file itself, readable by image viewers and `exiftool`, not only
 * in its pixels. Keywords follow the spec's predefined ones (Title, Description, Creation Time,
 * Software).
 */

const SIGNATURE = [137, 80, 78, 71, 13, 10, 26, 10];

let table: Uint32Array | null = null;

/** CRC-32 (ISO 3309 / ITU-T V.42, polynomial 0xEDB88320) as PNG chunks use it. */
export function crc32(bytes: Uint8Array): number {
  if (!table) {
    table = new Uint32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      table[n] = c >>> 0;
    }
  }
  let crc = 0xffffffff;
  for (const b of bytes) crc = (table[(crc ^ b) & 0xff] as number) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

/** One iTXt chunk (uncompressed, no language tag): length, type, data, CRC. */
function itxtChunk(keyword: string, text: string): Uint8Array {
  if (!/^[\x20-\x7e]{1,79}$/.test(keyword)) throw new RangeError(`not a PNG keyword: ${keyword}`);
  const enc = new TextEncoder();
  const data = [...enc.encode(keyword), 0, 0, 0, 0, 0, ...enc.encode(text)];
  const body = new Uint8Array([...enc.encode('iTXt'), ...data]);
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  out.set(body, 4);
  view.setUint32(8 + data.length, crc32(body));
  return out;
}

/**
 * `png` with one iTXt chunk per entry inserted before its IEND chunk (the file is otherwise
 * unchanged). Throws RangeError when `png` is not a PNG or has no IEND, or for a keyword that is
 * not 1–79 printable Latin characters.
 */
export function withPngText(png: Uint8Array, entries: Record<string, string>): Uint8Array {
  if (!SIGNATURE.every((b, i) => png[i] === b)) throw new RangeError('not a PNG file');
  const iend = png.length - 12;
  const type = new TextDecoder().decode(png.subarray(iend + 4, iend + 8));
  if (iend < 8 || type !== 'IEND') throw new RangeError('the PNG file does not end with IEND');
  const chunks = Object.entries(entries).map(([k, v]) => itxtChunk(k, v));
  const size = chunks.reduce((n, c) => n + c.length, 0);
  const out = new Uint8Array(png.length + size);
  out.set(png.subarray(0, iend), 0);
  let at = iend;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  out.set(png.subarray(iend), at);
  return out;
}

/** The iTXt and tEXt entries of a PNG file, keyword → text (for tests and checks). */
export function readPngText(png: Uint8Array): Record<string, string> {
  const out: Record<string, string> = {};
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  const dec = new TextDecoder();
  for (let at = 8; at + 12 <= png.length; ) {
    const length = view.getUint32(at);
    const type = dec.decode(png.subarray(at + 4, at + 8));
    const data = png.subarray(at + 8, at + 8 + length);
    const zero = data.indexOf(0);
    if (type === 'tEXt' && zero > 0) {
      out[dec.decode(data.subarray(0, zero))] = new TextDecoder('latin1').decode(
        data.subarray(zero + 1),
      );
    } else if (type === 'iTXt' && zero > 0 && data[zero + 1] === 0) {
      let p = data.indexOf(0, zero + 3); // end of the language tag
      p = data.indexOf(0, p + 1); // end of the translated keyword
      out[dec.decode(data.subarray(0, zero))] = dec.decode(data.subarray(p + 1));
    }
    at += 12 + length;
  }
  return out;
}
