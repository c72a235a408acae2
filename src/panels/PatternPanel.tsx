/**
 * Choosing a measurement pattern for guided entry and editing its parameters. Every kind, its
 * presets and its fields come from the pattern registry (src/domain/patterns/registry.ts), so
 * this panel names no kind; the sample's custom patterns are managed below (CustomPatterns).
 */

import { useEffect, useId, useRef, useState } from 'react';
import type { CustomPattern } from '../domain/patterns/custom';
import type {
  PatternContext,
  PatternDescriptor,
  PatternField,
  PatternSpec,
} from '../domain/patterns/descriptor';
import {
  choiceOf,
  NONE_CHOICE,
  PATTERN_KINDS,
  patternKind,
  specOfChoice,
} from '../domain/patterns/registry';
import { parseTypedNumber } from '../domain/values/parseNumber';
import { counted } from '../domain/values/plural';
import { CustomPatterns } from './CustomPatterns';
import { NumberField } from './NumberField';

interface PatternPanelProps {
  spec: PatternSpec;
  /**
   * A new spec: `chosen` when picked from the list (by mouse, or by keyboard in the open list),
   * false for a field edit or while arrow keys step through the closed list.
   */
  onSpec: (spec: PatternSpec, chosen: boolean) => void;
  siteCount: number;
  error: string | null;
  customs: CustomPattern[];
  onCustoms: (customs: CustomPattern[]) => void;
  /** Distinct staged points, in staged order, offered as the sites of a new custom pattern. */
  stagedPoints: () => Array<{ xMm: number; yMm: number }>;
}

/** The list entries of one kind: its presets, then its entry with fields (if it has fields). */
function KindOptions({ kind, context }: { kind: PatternDescriptor; context: PatternContext }) {
  const presets = kind.presets?.(context) ?? [];
  const options = [
    ...presets.map((p) => (
      <option key={p.id} value={`${kind.kind}:${p.id}`}>
        {p.label}
      </option>
    )),
    kind.fields.length > 0 && (
      <option key="" value={kind.kind}>
        {kind.label}
      </option>
    ),
  ].filter(Boolean);
  if (options.length === 0) return null;
  return kind.group ? <optgroup label={kind.group}>{options}</optgroup> : options;
}

/** Whole numbers ≥ 1 separated by commas or spaces, or null when the text is not such a list. */
function parseCounts(text: string): number[] | null {
  const parsed = text
    .split(/[,\s]+/)
    .filter(Boolean)
    .map((t) => parseTypedNumber(t));
  const counts = parsed.map((c) =>
    c.ok && Number.isInteger(c.value) && c.value > 0 ? c.value : 0,
  );
  return counts.length > 0 && counts.every((c) => c > 0) ? counts : null;
}

/** A `counts` field: the text is kept while typed and committed on blur when it is valid. */
function CountsField(p: {
  label: string;
  value: number[];
  onCommit: (v: number[]) => void;
  onInvalid: () => void;
}) {
  const id = useId();
  const committed = p.value.join(', ');
  const [text, setText] = useState(committed);
  useEffect(() => setText(committed), [committed]);
  return (
    <>
      <label htmlFor={id}>{p.label}</label>
      <input
        id={id}
        value={text}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => {
          const counts = parseCounts(text);
          if (counts) p.onCommit(counts);
          else p.onInvalid();
        }}
      />
    </>
  );
}

/** One parameter field of the chosen kind; a valid edit becomes a new spec. */
function ParamField(p: {
  field: PatternField<Record<string, unknown>>;
  spec: PatternSpec;
  /**
   * A new spec: `chosen` when picked from the list (by mouse, or by keyboard in the open list),
   * false for a field edit or while arrow keys step through the closed list.
   */
  onSpec: (spec: PatternSpec, chosen: boolean) => void;
  onMessage: (message: string) => void;
}) {
  const { field, spec } = p;
  const commit = (value: unknown) => p.onSpec({ ...spec, [field.key]: value }, false);
  if (field.kind === 'counts') {
    const value = spec[field.key];
    return (
      <CountsField
        label={field.label}
        value={Array.isArray(value) ? value.filter((v) => typeof v === 'number') : []}
        onCommit={commit}
        onInvalid={() => p.onMessage(field.invalidMessage)}
      />
    );
  }
  const value = spec[field.key];
  return (
    <NumberField
      label={field.label}
      value={typeof value === 'number' ? value : field.min}
      min={field.min}
      max={field.max}
      integer={field.integer}
      onCommit={commit}
    />
  );
}

/** The pattern list, the chosen kind's fields, and the custom patterns below. */
export function PatternPanel(props: PatternPanelProps) {
  const { spec, onSpec, customs, onCustoms } = props;
  const id = useId();
  const [message, setMessage] = useState<string | null>(null);
  // Arrow keys on the closed list change it at once (Chromium, Windows): that is browsing.
  const browsing = useRef(false);
  const context: PatternContext = { customs };
  const choice = choiceOf(spec, context);
  // The fields show for a kind's own entry, not for its presets.
  const editing = choice === spec.kind ? patternKind(spec.kind) : undefined;

  return (
    <div className="pattern-panel">
      <div className="field-grid">
        <label htmlFor={`${id}-pattern`}>Measurement pattern</label>
        <select
          id={`${id}-pattern`}
          value={choice}
          onKeyDown={(e) => {
            browsing.current = /^(Arrow|Page|Home$|End$)/.test(e.key);
          }}
          onMouseDown={() => {
            browsing.current = false;
          }}
          onChange={(e) => {
            onSpec(specOfChoice(e.target.value, context), !browsing.current);
            browsing.current = false;
          }}
        >
          <option value={NONE_CHOICE}>None: click points freely</option>
          {PATTERN_KINDS.map((k) => (
            <KindOptions key={k.kind} kind={k} context={context} />
          ))}
        </select>
        {editing?.fields.map((field) => (
          <ParamField
            key={`${editing.kind}:${field.key}`}
            field={field}
            spec={spec}
            onSpec={onSpec}
            onMessage={setMessage}
          />
        ))}
      </div>
      {props.error ? (
        <p className="field-error" role="alert">
          No pattern: {props.error}. Change the settings above.
        </p>
      ) : (
        spec.kind !== NONE_CHOICE && (
          <p className="hint">
            {counted(props.siteCount, 'site')}. Type each value and press Enter; click a target to
            jump to it.
          </p>
        )
      )}
      <CustomPatterns
        customs={customs}
        onCustoms={onCustoms}
        stagedPoints={props.stagedPoints}
        onMessage={setMessage}
      />
      {message && (
        <p className="hint" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
