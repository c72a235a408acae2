import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { MAX_METADATA_BYTES, MAX_TEXT_CHARS } from '../api/schemas';
import { serverFixture } from './testServer';

const t = serverFixture({ sample: 'Wafer' });

/** Sends `body` (text, or raw bytes) as JSON exactly as given. */
const send = (path: string, body: string | Uint8Array<ArrayBuffer>, method = 'POST') =>
  t.api.call(path, { method, headers: { 'Content-Type': 'application/json' }, body });

async function refused(res: Response) {
  expect(res.status).toBe(422);
  return ((await res.json()) as { detail: { loc: unknown[]; msg: string; type: string }[] }).detail;
}

const storedCount = () => t.api.store.listAnnotations(t.sampleId).length;

describe('lone surrogates', () => {
  it.each([
    ['a value', '{"property_name":"a\\ud800b","property_value":1}', ['body', 'property_name']],
    [
      'a low half',
      '{"property_name":"t","property_value":1,"property_unit":"\\udc00"}',
      ['body', 'property_unit'],
    ],
    [
      'a reversed pair',
      '{"property_name":"t","property_value":1,"coord_units":"\\udc00\\ud800"}',
      ['body', 'coord_units'],
    ],
    [
      'a nested metadata value',
      '{"property_name":"t","property_value":1,"metadata":{"a":[1,{"b":"x\\udfff"}]}}',
      ['body', 'metadata', 'a', 1, 'b'],
    ],
    [
      'a metadata key',
      '{"property_name":"t","property_value":1,"metadata":{"ok":{"k\\ud800":1}}}',
      ['body', 'metadata', 'ok', 'k\ud800', '[key]'],
    ],
    [
      'a field the schema ignores',
      '{"property_name":"t","property_value":1,"note":"\\ud800"}',
      ['body', 'note'],
    ],
  ])('refuses %s with 422 and its loc, storing nothing', async (_, body, loc) => {
    const [problem, ...more] = await refused(await send(t.base, body));
    expect(more).toEqual([]);
    expect(problem?.loc).toEqual(loc);
    expect(problem?.type).toBe('string_unicode');
    expect(problem?.msg).toMatch(/lone surrogate \(U\+D[89A-F][0-9A-F]{2}\)/);
    expect(storedCount()).toBe(0);
  });

  it('lists every bad string of a bulk with its row, and refuses PATCH and sample names', async () => {
    const ok = '{"property_name":"t","property_value":1}';
    const bad = '{"property_name":"t","property_value":1,"char_source_type":"\\ud800"}';
    const detail = await refused(
      await send(`${t.base}/bulk`, `{"annotations":[${ok},${bad},${bad}]}`),
    );
    expect(detail.map((d) => d.loc)).toEqual([
      ['body', 'annotations', 1, 'char_source_type'],
      ['body', 'annotations', 2, 'char_source_type'],
    ]);
    const [a] = t.api.store.createAnnotations(t.sampleId, [
      { property_name: 't', property_value: 1 },
    ]);
    const patch = await refused(
      await send(`${t.base}/${a?.id}`, '{"property_name":"\\udbff"}', 'PATCH'),
    );
    expect(patch[0]?.loc).toEqual(['body', 'property_name']);
    const sample = await refused(await send('/physical_samples', '{"name":"w\\ud800"}'));
    expect(sample[0]?.loc).toEqual(['body', 'name']);
    expect(t.api.store.listAnnotations(t.sampleId)).toEqual([a]);
  });

  it('accepts escaped surrogate pairs and escaped backslashes, storing them exactly', async () => {
    const res = await send(
      t.base,
      '{"property_name":"\\ud83d\\ude00 \\\\ud800","property_value":1}',
    );
    expect(res.status).toBe(200);
    expect(t.api.store.listAnnotations(t.sampleId)[0]?.property_name).toBe('😀 \\ud800');
  });
});

describe('UTF-8', () => {
  const utf8 = (text: string) => new TextEncoder().encode(text);
  /** `{"property_name":"<bytes>","property_value":1}` with `bytes` spliced in raw. */
  const withBytes = (bytes: number[]) => {
    const [head, tail] = [utf8('{"property_name":"ab'), utf8('","property_value":1}')];
    return new Uint8Array([...head, ...bytes, ...tail]);
  };
  const at = utf8('{"property_name":"ab').length;

  it.each([
    ['a stray 0xFF', [0xff], 'FF'],
    ['an overlong "/"', [0xc0, 0xaf], 'C0'],
    ['an encoded surrogate (CESU-8)', [0xed, 0xa0, 0x80], 'ED'],
    ['a cut-off sequence', [0xe2, 0x82], 'E2'],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80], 'F4'],
  ])('refuses a body with %s, naming the byte and its offset', async (_, bytes, hex) => {
    const [problem] = await refused(await send(t.base, withBytes(bytes)));
    expect(problem).toEqual({
      loc: ['body'],
      msg: `Request body is not valid UTF-8: byte 0x${hex} at offset ${at}`,
      type: 'string_unicode',
    });
    expect(storedCount()).toBe(0);
  });

  it('stores valid multi-byte UTF-8 (and a leading BOM) byte for byte', async () => {
    const name = 'Schichtdicke ä 漢字 😀';
    const bom = [0xef, 0xbb, 0xbf];
    const body = new Uint8Array([
      ...bom,
      ...utf8(`{"property_name":"${name}","property_value":1}`),
    ]);
    expect((await send(t.base, body)).status).toBe(200);
    expect(t.api.store.listAnnotations(t.sampleId)[0]?.property_name).toBe(name);
  });
});

describe('metadata keys that are also JavaScript property names', () => {
  const METADATA =
    '{"__proto__":{"polluted":true},"constructor":"c","prototype":{"__proto__":[1]},"toString":2,"hasOwnProperty":null}';

  it('keeps them exactly through create, bulk, PATCH and the list, in the file too', async () => {
    const one = `{"property_name":"t","property_value":1,"metadata":${METADATA}}`;
    const created = await send(t.base, one);
    expect(created.status).toBe(200);
    expect(JSON.stringify(JSON.parse(await created.text()).annotation_metadata)).toBe(METADATA);
    const bulk = await send(`${t.base}/bulk`, `{"annotations":[${one}]}`);
    expect(JSON.stringify(JSON.parse(await bulk.text())[0].annotation_metadata)).toBe(METADATA);

    const [a] = t.api.store.createAnnotations(t.sampleId, [
      { property_name: 't', property_value: 2 },
    ]);
    const patched = await send(`${t.base}/${a?.id}`, `{"metadata":${METADATA}}`, 'PATCH');
    expect(JSON.stringify(JSON.parse(await patched.text()).annotation_metadata)).toBe(METADATA);

    const listed = JSON.parse(await (await t.api.call(`${t.base}/`)).text()) as {
      annotation_metadata: unknown;
    }[];
    expect(listed.map((r) => JSON.stringify(r.annotation_metadata))).toEqual([
      METADATA,
      METADATA,
      METADATA,
    ]);
    const db = new Database(t.temp.dbPath, { readonly: true });
    const files = db.prepare('SELECT annotation_metadata AS m FROM annotations').all();
    db.close();
    expect(files).toEqual([{ m: METADATA }, { m: METADATA }, { m: METADATA }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('length limits', () => {
  const x = (n: number) => 'x'.repeat(n);
  const smile = (n: number) => '😀'.repeat(n);

  it.each(['property_name', 'property_unit', 'char_source_type', 'coord_units'])(
    `takes ${MAX_TEXT_CHARS} characters in %s and refuses one more, naming the field`,
    async (field) => {
      const body = (text: string) => ({ property_name: 't', property_value: 1, [field]: text });
      const post = (text: string) => t.api.call(t.base, { method: 'POST', json: body(text) });
      expect((await post(x(MAX_TEXT_CHARS))).status).toBe(200);
      // Characters, not UTF-16 units: 255 emoji are 510 units and still fit.
      expect((await post(smile(MAX_TEXT_CHARS))).status).toBe(200);
      for (const text of [x(MAX_TEXT_CHARS + 1), smile(MAX_TEXT_CHARS + 1)]) {
        const [problem] = await refused(await post(text));
        expect(problem).toMatchObject({ loc: ['body', field], type: 'string_too_long' });
        expect(problem?.msg).toBe(`String should have at most ${MAX_TEXT_CHARS} characters`);
      }
      const annotations = [body('ok'), body(x(MAX_TEXT_CHARS + 1))];
      const res = await t.api.call(`${t.base}/bulk`, { method: 'POST', json: { annotations } });
      expect((await refused(res))[0]?.loc).toEqual(['body', 'annotations', 1, field]);
      expect(storedCount()).toBe(2);
    },
  );

  it('limits sample names and PATCHed fields the same way', async () => {
    const sample = (name: string) =>
      t.api.call('/physical_samples', { method: 'POST', json: { name } });
    expect((await sample(x(MAX_TEXT_CHARS))).status).toBe(200);
    expect((await refused(await sample(x(MAX_TEXT_CHARS + 1))))[0]?.loc).toEqual(['body', 'name']);
    const [a] = t.api.store.createAnnotations(t.sampleId, [
      { property_name: 't', property_value: 1 },
    ]);
    const patch = { property_unit: x(MAX_TEXT_CHARS + 1) };
    const res = await t.api.call(`${t.base}/${a?.id}`, { method: 'PATCH', json: patch });
    expect((await refused(res))[0]?.loc).toEqual(['body', 'property_unit']);
  });

  it(`takes metadata of ${MAX_METADATA_BYTES} UTF-8 bytes as JSON and refuses one byte more`, async () => {
    // {"a":"…"} is 8 bytes around the text; "é" is 2 bytes in UTF-8 but 1 UTF-16 unit.
    const fill = (bytes: number) => 'é'.repeat(Math.floor(bytes / 2)) + x(bytes % 2);
    const post = (bytes: number) =>
      t.api.call(t.base, {
        method: 'POST',
        json: { property_name: 't', property_value: 1, metadata: { a: fill(bytes - 8) } },
      });
    expect((await post(MAX_METADATA_BYTES)).status).toBe(200);
    const [problem] = await refused(await post(MAX_METADATA_BYTES + 1));
    expect(problem).toEqual({
      loc: ['body', 'metadata'],
      msg: `Metadata should be at most ${MAX_METADATA_BYTES} bytes as JSON (UTF-8), not ${MAX_METADATA_BYTES + 1}`,
      type: 'too_long',
    });
    expect(storedCount()).toBe(1);
  });
});
