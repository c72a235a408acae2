import { describe, expect, it } from 'vitest';
import type { StagedAnnotation } from '../../domain/staging/staged';
import { checkAlreadyImported, provenanceKey } from './alreadyImported';

const planned = (row: number, extra: Record<string, unknown> = {}): StagedAnnotation => ({
  localId: `p${row}`,
  xMm: 0,
  yMm: row,
  propertyName: 'thickness',
  propertyValue: 10 + row,
  propertyUnit: 'nm',
  charSourceType: null,
  metadata: {
    source_file: 'lot.csv',
    source_row: row,
    source_column: '1st Thickness',
    wafer_id: 'Slot01',
    ...extra,
  },
  site: null,
});
const record = (p: StagedAnnotation, extra: Record<string, unknown> = {}) => ({
  property_name: p.propertyName,
  annotation_metadata: { ...p.metadata, ...extra },
});
const source = { sourceFile: 'lot.csv', waferId: 'Slot01' };
const plan = [planned(31), planned(32), planned(33)];

describe('checkAlreadyImported', () => {
  it('finds nothing stored on a first import', () => {
    const c = checkAlreadyImported([], plan, source);
    expect(c).toMatchObject({ state: 'not-imported', alreadyStored: 0, storedFromSource: 0 });
    expect(c.remaining).toEqual(plan);
  });

  it('leaves only the rest after an interrupted import (matched by provenance)', () => {
    const c = checkAlreadyImported([record(planned(31))], plan, source);
    expect(c.state).toBe('partial');
    expect(c.remaining.map((p) => p.localId)).toEqual(['p32', 'p33']);
    expect(c.storedFromSource).toBe(1);
  });

  it('sends nothing on a second run', () => {
    const stored = plan.map((p) => record(p, { client_batch: 'b1', client_index: 0 }));
    expect(checkAlreadyImported(stored, plan, source)).toMatchObject({
      state: 'complete',
      alreadyStored: 3,
      remaining: [],
    });
  });

  it('does not take another wafer, file, row, column or property for this one', () => {
    const p = planned(31);
    const others = [
      record(p, { wafer_id: 'Slot02' }),
      record(p, { source_file: 'other.csv' }),
      record(p, { source_row: 32.5 }),
      record(p, { source_column: 'GOF' }),
      { ...record(p), property_name: 'GOF' },
    ];
    expect(checkAlreadyImported(others, [p], source).remaining).toEqual([p]);
  });

  it('matches a resumed submit by its ledger token even if the record was edited since', () => {
    const p = planned(31);
    const edited = record(p, { source_row: 999, client_batch: 'b7', client_index: 4 });
    const c = checkAlreadyImported([edited], [p], source, new Map([['p31', 'b7#4']]));
    expect(c.remaining).toEqual([]);
    expect(checkAlreadyImported([edited], [p], source).remaining).toEqual([p]);
  });

  it('counts records stored twice by an earlier import', () => {
    const p = planned(31);
    expect(
      checkAlreadyImported([record(p), record(p), record(planned(32))], plan, source).storedTwice,
    ).toBe(2);
  });
});

describe('provenanceKey', () => {
  it('is null for hand-entered points (no source file or row)', () => {
    expect(provenanceKey('t', null)).toBeNull();
    expect(provenanceKey('t', { source_file: 'a.csv' })).toBeNull();
    expect(provenanceKey('t', { source_row: 3 })).toBeNull();
  });
});
