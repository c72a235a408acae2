/**
 * Step 2 of the cassette import, set once for every wafer: how new samples are named (a pattern
 * with placeholders), the geometry of the new samples (never assumed: a suggestion the user
 * takes, then adjusts), the property names and units, and the source (char_source_type).
 */
import { useId } from 'react';
import { describeOutline, type SampleOutline } from '../../domain/geometry/outline';
import { NAME_PLACEHOLDERS } from '../../domain/lot/namePattern';
import type { CassetteProperty, PropertyChoice } from '../../io/cassette/lotProperties';
import { OutlineSettings } from '../OutlineSettings';
import { PropertyChoices } from './PropertyChoices';

export interface CassetteSettingsProps {
  pattern: string;
  patternError: string | null;
  onPattern: (pattern: string) => void;
  /** How many wafers go to new samples (the geometry and pattern apply to those). */
  newCount: number;
  outline: SampleOutline | null;
  /** A geometry that fits every point, with why (null: none fits a standard wafer). */
  suggestion: { outline: SampleOutline; reason: string } | null;
  onOutline: (outline: SampleOutline) => void;
  properties: readonly CassetteProperty[];
  choices: Readonly<Record<string, PropertyChoice>>;
  onChoice: (key: string, choice: PropertyChoice) => void;
  sourceType: string;
  onSourceType: (sourceType: string) => void;
}

function Geometry(p: CassetteSettingsProps) {
  if (p.outline) return <OutlineSettings outline={p.outline} onChange={p.onOutline} />;
  return (
    <div className="cassette-geometry-unset">
      <p>
        <strong>Not set.</strong> Every new sample gets this outline in its shared setup, and the
        points are checked against it.
      </p>
      {p.suggestion && (
        <button
          type="button"
          className="primary"
          onClick={() => p.suggestion && p.onOutline(p.suggestion.outline)}
        >
          Use {describeOutline(p.suggestion.outline)}
        </button>
      )}{' '}
      {p.suggestion && <span className="muted">{p.suggestion.reason}</span>}
    </div>
  );
}

export function CassetteSettings(p: CassetteSettingsProps) {
  const id = useId();
  return (
    <section className="import-section cassette-settings" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`}>For every wafer</h3>
      <div className="cassette-settings-grid">
        <div>
          <h4>New samples</h4>
          <div className="field-grid">
            <label htmlFor={`${id}-pattern`}>Name pattern</label>
            <input
              id={`${id}-pattern`}
              value={p.pattern}
              spellCheck={false}
              aria-invalid={p.patternError !== null}
              aria-describedby={`${id}-pattern-help`}
              onChange={(e) => p.onPattern(e.target.value)}
            />
          </div>
          {p.patternError && (
            <p className="field-error" role="alert">
              {p.patternError}
            </p>
          )}
          <p id={`${id}-pattern-help`} className="hint">
            {Object.entries(NAME_PLACEHOLDERS)
              .map(([k, v]) => `{${k}}: ${v}`)
              .join('; ')}
            . A wafer goes to the existing sample of that name when there is one.
          </p>
          <h4>Geometry of the new samples</h4>
          <Geometry {...p} />
        </div>
        <div>
          <h4>Properties and units</h4>
          <PropertyChoices properties={p.properties} choices={p.choices} onChoice={p.onChoice} />
          <div className="field-grid">
            <label htmlFor={`${id}-source`}>Source</label>
            <input
              id={`${id}-source`}
              value={p.sourceType}
              placeholder="e.g. KLA-F5x"
              onChange={(e) => p.onSourceType(e.target.value)}
            />
          </div>
          <p className="hint">Stored as char_source_type of every annotation.</p>
        </div>
      </div>
    </section>
  );
}
