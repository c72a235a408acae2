/**
 * "Stage the difference as <property>" on sample A or B: the difference becomes staged
 * annotations of that sample (each naming both sources in its metadata), submitted from that
 * sample's workspace like any other staged point.
 */
import { useEffect, useId, useState } from 'react';
import {
  type DifferenceStagingResult,
  differenceStagingMessage,
} from '../../domain/lot/differenceRestage';

/** What a staging did, for the message under the form. */
export interface StagedDifference extends DifferenceStagingResult {
  sampleId: string;
}

interface StageDifferenceFormProps {
  /** The suggested property name (e.g. "thickness difference"). */
  suggestedName: string;
  aName: string;
  bName: string;
  /** How many annotations staging on A or on B would make. */
  counts: { a: number; b: number };
  onStage: (request: { propertyName: string; target: 'a' | 'b' }) => void;
  result: StagedDifference | null;
  error: string | null;
  onOpen: (sampleId: string) => void;
}

/** The form (see the module comment). */
export function StageDifferenceForm(p: StageDifferenceFormProps) {
  const id = useId();
  const [name, setName] = useState(p.suggestedName);
  const [target, setTarget] = useState<'a' | 'b'>('b');
  useEffect(() => setName(p.suggestedName), [p.suggestedName]);
  const blank = name.trim() === '';
  return (
    <form
      className="stage-difference"
      aria-label="Stage the difference"
      onSubmit={(e) => {
        e.preventDefault();
        if (!blank) p.onStage({ propertyName: name.trim(), target });
      }}
    >
      <label htmlFor={`${id}-name`}>Property name</label>
      <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
      <label htmlFor={`${id}-target`}>on sample</label>
      <select
        id={`${id}-target`}
        value={target}
        onChange={(e) => setTarget(e.target.value === 'a' ? 'a' : 'b')}
      >
        <option value="a">A: {p.aName} (at its sites)</option>
        <option value="b">B: {p.bName} (at its sites)</option>
      </select>
      <button type="submit" className="primary" disabled={blank || p.counts[target] === 0}>
        Stage the difference as {blank ? '…' : `“${name.trim()}”`}
      </button>
      {blank && <p className="field-error">Name the property of the difference.</p>}
      {p.error && (
        <p className="notice notice-error" role="alert">
          {p.error}
        </p>
      )}
      {p.result && (
        <p className="notice notice-info" role="status">
          {differenceStagingMessage(p.result)} Staged annotations are submitted from that sample’s
          workspace:{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => p.result && p.onOpen(p.result.sampleId)}
          >
            open {p.result.sampleName}
          </button>
          .
        </p>
      )}
    </form>
  );
}
