/** A submit under test: an in-memory server, ledger and staged list, and the events seen. */

import type { EarlierStore, StoredRef, SubmitDeps, SubmitPlan } from '../api/submit';
import { SubmitLedger } from '../api/submitLedger';
import { SAMPLE_FRAME } from '../api/toRequest';
import { aStagedAnnotation } from './builders';
import { FakeServer } from './fakeServer';
import { MemoryStorage } from './memoryStorage';

/** `n` staged annotations a0.. with values 0..n−1, and deps that record what happens. */
export function setup(n: number, o: Partial<SubmitPlan> = {}) {
  const server = new FakeServer();
  const ledger = new SubmitLedger(new MemoryStorage(), 's1');
  /** The draft's stored marks: how each stored annotation was stored. */
  const marks = new Map<string, EarlierStore>();
  const remember = (refs: StoredRef[]) => {
    for (const r of refs) marks.set(r.localId, r);
  };
  let staged = Array.from({ length: n }, (_, i) =>
    aStagedAnnotation({ localId: `a${i}`, propertyValue: i }),
  );
  const events: string[] = [];
  let batches = 0;
  let cancel = false;
  const deps: SubmitDeps = {
    client: server,
    ledger,
    newBatchId: () => `batch-${++batches}`,
    storedEarlier: (id) => marks.get(id),
    onStored: (refs) => {
      const ids = refs.map((r) => r.localId);
      remember(refs);
      events.push(`stored ${ids.join(',')}`);
      staged = staged.filter((s) => !ids.includes(s.localId));
    },
    onReconciled: (refs) => {
      const ids = refs.map((r) => r.localId);
      remember(refs);
      events.push(`reconciled ${ids.join(',')}`);
      staged = staged.filter((s) => !ids.includes(s.localId));
    },
    onCorrected: (ref, record) => {
      remember([ref]);
      events.push(`corrected ${ref.localId} ${record.property_value}`);
      staged = staged.filter((s) => s.localId !== ref.localId);
    },
    onProgress: (p) => events.push(`${p.phase} ${p.sent}/${p.total}`),
    shouldCancel: () => cancel,
  };
  const plan = () => ({
    sampleId: 's1',
    staged,
    target: SAMPLE_FRAME,
    chunkSize: 2,
    tokens: true,
    ...o,
  });
  return {
    server,
    ledger,
    events,
    deps,
    plan,
    staged: () => staged,
    cancelAfterFirst: () => {
      cancel = true;
    },
  };
}

export const valuesStored = (s: FakeServer) =>
  s.rows.map((r) => r.property_value).sort((a, b) => a - b);
