/**
 * The cassette import while it runs and after: one progress bar over the whole import (a unit
 * per wafer prepared, one per annotation stored), what it is doing now, and per wafer its
 * sample, what was stored and anything to know.
 */

import { counted, plural } from '../../domain/values/plural';

export type RunState = 'running' | 'cancelling' | 'finished' | 'cancelled' | 'failed';

export interface RunWafer {
  waferId: string;
  sampleName: string;
  isNew: boolean;
  step: 'planned' | 'creating' | 'staged' | 'done';
  stored: number;
  total: number;
  note: string | null;
}

export interface RunView {
  state: RunState;
  progress: {
    phase: 'preparing' | 'sending';
    waferIndex: number;
    waferCount: number;
    waferId: string;
    done: number;
    total: number;
  } | null;
  wafers: readonly RunWafer[];
  error: string | null;
}

const n = (v: number) => v.toLocaleString('en');

function headline(v: RunView): string {
  const stored = v.wafers.reduce((s, w) => s + (w.step === 'done' ? w.stored : 0), 0);
  const done = v.wafers.filter((w) => w.step === 'done').length;
  const created = v.wafers.filter((w) => w.isNew && w.step !== 'planned').length;
  if (v.state === 'finished') {
    return `Imported ${counted(v.wafers.length, 'wafer')}: ${n(stored)} ${plural(stored, 'annotation', 'annotations')} stored, ${counted(created, 'new sample')}.`;
  }
  if (v.state === 'cancelled') {
    return `Cancelled: ${done} of ${counted(v.wafers.length, 'wafer')} done (${n(stored)} ${plural(stored, 'annotation', 'annotations')} stored). Resume to finish; nothing is stored twice.`;
  }
  if (v.state === 'failed') {
    return `Stopped: ${done} of ${counted(v.wafers.length, 'wafer')} done. ${v.error ?? ''} Resume when the cause is fixed; nothing is stored twice.`;
  }
  const p = v.progress;
  if (!p) return 'Starting…';
  const what = p.phase === 'preparing' ? 'Preparing' : 'Storing';
  const cancelling = v.state === 'cancelling' ? ' Cancelling after the request in flight…' : '';
  return `${what} ${p.waferId} (wafer ${p.waferIndex + 1} of ${p.waferCount}).${cancelling}`;
}

export function ImportRunPanel({ view }: { view: RunView }) {
  const p = view.progress;
  const running = view.state === 'running' || view.state === 'cancelling';
  const percent = p && p.total > 0 ? Math.round((100 * p.done) / p.total) : 0;
  return (
    <section className="import-section cassette-run" aria-labelledby="cassette-run-h">
      <h3 id="cassette-run-h">Import</h3>
      <div className="cassette-progress">
        <progress
          aria-label="Import progress"
          max={p?.total ?? 1}
          value={view.state === 'finished' ? (p?.total ?? 1) : (p?.done ?? 0)}
        />
        <span>{view.state === 'finished' ? '100 %' : `${percent} %`}</span>
      </div>
      <p
        className={view.state === 'failed' ? 'notice notice-error' : 'cassette-headline'}
        role={view.state === 'failed' ? 'alert' : 'status'}
        aria-live="polite"
      >
        {headline(view)}
      </p>
      <div className="table-scroll cassette-run-scroll">
        <table className="data-table" aria-label="Wafers imported">
          <thead>
            <tr>
              <th scope="col">Wafer</th>
              <th scope="col">Physical sample</th>
              <th
                scope="col"
                className="num"
                title="Values stored (one annotation per site and property) of the wafer's values to import"
              >
                Values stored
              </th>
              <th scope="col">State</th>
            </tr>
          </thead>
          <tbody>
            {view.wafers.map((w) => (
              <tr key={w.waferId + w.sampleName}>
                <th scope="row">{w.waferId}</th>
                <td>
                  {w.sampleName}
                  {w.isNew && <span className="muted"> (new)</span>}
                </td>
                <td className="num">
                  {w.step === 'done' ? `${n(w.stored)} of ${n(w.total)}` : `— of ${n(w.total)}`}
                </td>
                <td className="wrap">
                  {w.step === 'done' ? 'done' : running ? 'waiting' : 'not done'}
                  {w.note && <span className="muted"> — {w.note}</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
