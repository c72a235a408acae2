/**
 * The Outline panel: the sample's outline with what it rests on (set by someone, guessed from
 * the name until confirmed, or missing and asked for), the outline settings, and where the
 * sample's setup is saved (with the sample on the server, or in this browser only and why).
 */
import { useEffect, useState } from 'react';
import { describeOutline, type SampleOutline } from '../domain/geometry/outline';
import type { OutlineStatus, SaveStatus } from '../domain/setup/status';
import { OutlineSettings } from './OutlineSettings';

interface SetupOutlinePanelProps {
  outline: SampleOutline;
  outlineStatus: OutlineStatus;
  /** The part of the name a guessed outline was read from. */
  guessText: string | null;
  onChange: (outline: SampleOutline) => void;
  /** Keep the guessed or suggested outline as the sample's. */
  onConfirm: () => void;
  status: SaveStatus;
  onRetry: () => void;
}

/** "Outline: 150 mm wafer, flat 57.5 mm (guessed)" or "Outline: not set". */
export function outlineSummary(outline: SampleOutline, status: OutlineStatus): string {
  if (status === 'missing') return 'Outline: not set';
  return `Outline: ${describeOutline(outline)}${status === 'guessed' ? ' (guessed)' : ''}`;
}

/**
 * "Saved in this browser only: <reason>." with one period, whatever the reason ends with (a
 * reason may be a whole sentence).
 */
export function browserOnlyText(reason: string | null): string {
  const why = reason?.trim().replace(/[.\s]+$/, '');
  return `Saved in this browser only${why ? `: ${why}` : ''}.`;
}

function SaveLine({ status, onRetry }: { status: SaveStatus; onRetry: () => void }) {
  if (status.state === 'browser') {
    return (
      <p className="notice notice-warning setup-home" role="status">
        {browserOnlyText(status.reason)} Colleagues opening this sample do not see this outline,
        calibration, limits or patterns.{' '}
        <button type="button" onClick={onRetry}>
          Try the server again
        </button>
      </p>
    );
  }
  const text =
    status.state === 'loading'
      ? 'Reading the sample’s setup from the server…'
      : status.state === 'saved'
        ? 'Saved with the sample on the server: everyone who opens it sees this outline, edge exclusion, calibration, limits and patterns.'
        : status.state === 'new'
          ? 'Nothing is set up for this sample yet. What you set here (outline, edge exclusion, calibration, limits, patterns) is saved with the sample on the server, for everyone who opens it.'
          : 'Saving with the sample on the server…';
  return (
    <p className="hint setup-home" role="status">
      {text}
    </p>
  );
}

export function SetupOutlinePanel(p: SetupOutlinePanelProps) {
  const missing = p.outlineStatus === 'missing';
  // Open while the outline is missing (it asks for it), and stays open once it is set, so the
  // user sees what they chose; otherwise the user opens and closes it.
  const [open, setOpen] = useState(missing);
  useEffect(() => {
    if (missing) setOpen(true);
  }, [missing]);
  return (
    <details
      className="panel"
      open={open}
      onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
    >
      <summary>{outlineSummary(p.outline, p.outlineStatus)}</summary>
      {p.outlineStatus === 'guessed' && (
        <div className="notice notice-info setup-guess">
          <p>
            Guessed from “{p.guessText}” in the sample name: {describeOutline(p.outline)}. Check it,
            then confirm it or change it below.
          </p>
          <button type="button" className="primary" onClick={p.onConfirm}>
            Confirm outline
          </button>
        </div>
      )}
      {missing && (
        <div className="notice notice-warning setup-guess" role="alert">
          <p>
            The sample name gives no size, so the outline is not set and no point can be placed yet.
            Choose the geometry below. Suggested: {describeOutline(p.outline)}.
          </p>
          <button type="button" className="primary" onClick={p.onConfirm}>
            Use this outline
          </button>
        </div>
      )}
      <OutlineSettings outline={p.outline} onChange={p.onChange} />
      <SaveLine status={p.status} onRetry={p.onRetry} />
      {p.status.notice && (
        <p className="notice notice-info setup-notice" role="status">
          {p.status.notice}
        </p>
      )}
    </details>
  );
}
