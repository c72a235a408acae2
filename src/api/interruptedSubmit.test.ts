import { describe, expect, it } from 'vitest';
import { anAnnotation } from '../testing/builders';
import { MemoryStorage } from '../testing/memoryStorage';
import { checkInterruptedSubmit, describeInterruptedCheck } from './interruptedSubmit';
import { SubmitLedger } from './submitLedger';

function ledgerWith(entries: Record<string, { index: number; inDoubt: boolean }>) {
  const ledger = new SubmitLedger(new MemoryStorage(), 's1');
  ledger.set(
    Object.fromEntries(
      Object.entries(entries).map(([id, e]) => [
        id,
        { batch: 'b1', ...e, rev: [5, 'A'] as [number, string] },
      ]),
    ),
  );
  return ledger;
}

const server = (indices: number[]) => {
  let calls = 0;
  return {
    calls: () => calls,
    listAnnotations: async () => {
      calls += 1;
      return indices.map((i) =>
        anAnnotation({
          id: `rec${i}`,
          annotation_metadata: { client_batch: 'b1', client_index: i },
        }),
      );
    },
  };
};

describe('checkInterruptedSubmit', () => {
  it('asks nothing when no staged annotation is in doubt', async () => {
    const client = server([]);
    const ledger = ledgerWith({
      a: { index: 0, inDoubt: false },
      gone: { index: 1, inDoubt: true },
    });
    expect(await checkInterruptedSubmit('s1', new Set(['a']), ledger, client)).toBeNull();
    expect(client.calls()).toBe(0);
  });

  it('finds what the server stored by token, and leaves the rest in doubt', async () => {
    const ledger = ledgerWith({
      a: { index: 0, inDoubt: true },
      b: { index: 1, inDoubt: true },
      c: { index: 2, inDoubt: true },
    });
    const check = await checkInterruptedSubmit(
      's1',
      new Set(['a', 'b', 'c']),
      ledger,
      server([0, 2]),
    );
    expect(check).toEqual({
      stored: [
        { localId: 'a', recordId: 'rec0', batch: 'b1', index: 0, rev: [5, 'A'] },
        { localId: 'c', recordId: 'rec2', batch: 'b1', index: 2, rev: [5, 'A'] },
      ],
      notStored: ['b'],
    });
    expect(Object.keys(ledger.read())).toEqual(['b']);
    expect(ledger.read().b?.inDoubt).toBe(true);
  });

  it('words the notice', () => {
    const ref = { localId: 'a', recordId: 'r', batch: 'b', index: 0, rev: null };
    expect(describeInterruptedCheck({ stored: [ref, ref, ref], notStored: [] }, 0)).toBe(
      '3 annotations from the interrupted submit were already stored, so they are no longer staged.',
    );
    expect(describeInterruptedCheck({ stored: [ref], notStored: ['x'] }, 1)).toBe(
      '1 annotation from the interrupted submit was already stored: 1 edited since stays staged, and Submit corrects the stored record. 1 from the interrupted submit was not stored and stays staged.',
    );
    expect(describeInterruptedCheck({ stored: [ref, ref, ref, ref], notStored: [] }, 1)).toBe(
      '4 annotations from the interrupted submit were already stored: 3 left the staged list; 1 edited since stays staged, and Submit corrects the stored record.',
    );
  });
});
