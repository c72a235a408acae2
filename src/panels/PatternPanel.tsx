/**
 * Choosing a measurement pattern for guided entry (polar ring presets, custom rings, a
 * rectangular grid, a line scan, or a saved custom pattern) and managing custom patterns:
 * save the staged points as a named pattern, delete, export and import them as JSON.
 */
import { type ChangeEvent, useId, useState } from 'react';
import type { PatternSpec } from '../app/patternStore';
import {
  type CustomPattern,
  parseImportedPatterns,
  RING_PRESETS,
  toExportJson,
} from '../domain/patterns';
import { parseTypedNumber } from '../domain/values/parseNumber';
import { NumberField } from './NumberField';

interface PatternPanelProps {
  spec: PatternSpec;
  onSpec: (spec: PatternSpec) => void;
  siteCount: number;
  error: string | null;
  customs: CustomPattern[];
  onCustoms: (customs: CustomPattern[]) => void;
  /** Distinct staged points, in staged order, offered as the sites of a new custom pattern. */
  stagedPoints: () => Array<{ xMm: number; yMm: number }>;
}

function selectValue(spec: PatternSpec): string {
  if (spec.kind === 'polar') {
    const preset = RING_PRESETS.find((p) => p.ringCounts.join() === spec.ringCounts.join());
    return preset ? `polar:${preset.id}` : 'polar-custom';
  }
  return spec.kind === 'custom' ? `custom:${spec.id}` : spec.kind;
}

function specFor(value: string, customs: CustomPattern[]): PatternSpec {
  if (value.startsWith('polar:')) {
    const preset = RING_PRESETS.find((p) => `polar:${p.id}` === value);
    return { kind: 'polar', ringCounts: [...(preset?.ringCounts ?? [8, 16, 24])] };
  }
  if (value === 'polar-custom') return { kind: 'polar', ringCounts: [6, 12] };
  if (value === 'grid')
    return { kind: 'grid', pitchXMm: 10, pitchYMm: 10, offsetXMm: 0, offsetYMm: 0 };
  if (value === 'line') return { kind: 'line', siteCount: 21, angleDeg: 0 };
  if (value.startsWith('custom:')) {
    const id = value.slice('custom:'.length);
    return customs.some((c) => c.id === id) ? { kind: 'custom', id } : { kind: 'none' };
  }
  return { kind: 'none' };
}

function download(name: string, text: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  URL.revokeObjectURL(url);
}

export function PatternPanel(props: PatternPanelProps) {
  const { spec, onSpec, customs, onCustoms } = props;
  const id = useId();
  const [name, setName] = useState('');
  const [message, setMessage] = useState<string | null>(null);
  const [ringsText, setRingsText] = useState(
    spec.kind === 'polar' ? spec.ringCounts.join(', ') : '',
  );

  const saveCustom = () => {
    if (!name.trim()) return setMessage('Name the pattern first.');
    const sites = props.stagedPoints();
    if (sites.length === 0) return setMessage('Stage the sites first: click them on the map.');
    const custom: CustomPattern = {
      id: crypto.randomUUID(),
      name: name.trim(),
      sites,
      createdAt: new Date().toISOString(),
    };
    onCustoms([...customs, custom]);
    setName('');
    setMessage(`Saved "${custom.name}" with ${custom.sites.length} sites.`);
  };

  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const result = parseImportedPatterns(await file.text());
    if (!result.ok) return setMessage(`${file.name}: ${result.message}`);
    // A pattern already saved (same name and sites, e.g. the same file imported twice) is skipped;
    // a different one whose id clashes with ours gets a new id.
    const sameAs = (a: CustomPattern, b: CustomPattern) =>
      a.name === b.name && JSON.stringify(a.sites) === JSON.stringify(b.sites);
    const fresh = result.patterns.filter((p) => !customs.some((c) => sameAs(c, p)));
    const known = new Set(customs.map((c) => c.id));
    const added = fresh.map((p) => (known.has(p.id) ? { ...p, id: crypto.randomUUID() } : p));
    onCustoms([...customs, ...added]);
    const skipped = result.patterns.length - added.length;
    setMessage(
      `Imported ${added.length} pattern(s) from ${file.name}.${skipped > 0 ? ` ${skipped} already saved, skipped.` : ''}`,
    );
  };

  return (
    <div className="pattern-panel">
      <div className="field-grid">
        <label htmlFor={`${id}-pattern`}>Measurement pattern</label>
        <select
          id={`${id}-pattern`}
          value={selectValue(spec)}
          onChange={(e) => {
            const next = specFor(e.target.value, customs);
            if (next.kind === 'polar') setRingsText(next.ringCounts.join(', '));
            onSpec(next);
          }}
        >
          <option value="none">None: click points freely</option>
          <optgroup label="Polar rings (centre + rings to the edge exclusion)">
            {RING_PRESETS.map((p) => (
              <option key={p.id} value={`polar:${p.id}`}>
                {p.name} ({[1, ...p.ringCounts].join(' + ')})
              </option>
            ))}
            <option value="polar-custom">Custom ring counts…</option>
          </optgroup>
          <option value="grid">Rectangular grid…</option>
          <option value="line">Line scan…</option>
          {customs.length > 0 && (
            <optgroup label="Saved patterns">
              {customs.map((c) => (
                <option key={c.id} value={`custom:${c.id}`}>
                  {c.name} ({c.sites.length} sites)
                </option>
              ))}
            </optgroup>
          )}
        </select>
        {spec.kind === 'polar' && selectValue(spec) === 'polar-custom' && (
          <>
            <label htmlFor={`${id}-rings`}>Sites per ring</label>
            <input
              id={`${id}-rings`}
              value={ringsText}
              onChange={(e) => setRingsText(e.target.value)}
              onBlur={() => {
                const counts = ringsText
                  .split(/[,\s]+/)
                  .filter(Boolean)
                  .map((t) => parseTypedNumber(t));
                if (
                  counts.every((c) => c.ok && Number.isInteger(c.value) && c.value > 0) &&
                  counts.length > 0
                ) {
                  onSpec({ kind: 'polar', ringCounts: counts.map((c) => (c.ok ? c.value : 0)) });
                } else
                  setMessage('Sites per ring: whole numbers separated by commas, e.g. 6, 12, 18.');
              }}
            />
          </>
        )}
        {spec.kind === 'grid' && (
          <>
            <NumberField
              label="Pitch x (mm)"
              value={spec.pitchXMm}
              min={0.1}
              max={500}
              onCommit={(v) => onSpec({ ...spec, pitchXMm: v })}
            />
            <NumberField
              label="Pitch y (mm)"
              value={spec.pitchYMm}
              min={0.1}
              max={500}
              onCommit={(v) => onSpec({ ...spec, pitchYMm: v })}
            />
            <NumberField
              label="Offset x (mm)"
              value={spec.offsetXMm}
              min={-500}
              max={500}
              onCommit={(v) => onSpec({ ...spec, offsetXMm: v })}
            />
            <NumberField
              label="Offset y (mm)"
              value={spec.offsetYMm}
              min={-500}
              max={500}
              onCommit={(v) => onSpec({ ...spec, offsetYMm: v })}
            />
          </>
        )}
        {spec.kind === 'line' && (
          <>
            <NumberField
              label="Sites"
              value={spec.siteCount}
              min={1}
              max={1000}
              integer
              onCommit={(v) => onSpec({ ...spec, siteCount: v })}
            />
            <NumberField
              label="Angle (°)"
              value={spec.angleDeg}
              min={-360}
              max={360}
              onCommit={(v) => onSpec({ ...spec, angleDeg: v })}
            />
          </>
        )}
      </div>
      {props.error ? (
        <p className="field-error" role="alert">
          No pattern: {props.error}. Change the settings above.
        </p>
      ) : (
        spec.kind !== 'none' && (
          <p className="hint">
            {props.siteCount} sites. Type each value and press Enter; click a target to jump to it.
          </p>
        )
      )}
      <details className="custom-patterns">
        <summary>Custom patterns ({customs.length})</summary>
        <div className="inline-form">
          <label htmlFor={`${id}-name`}>Pattern name</label>
          <input id={`${id}-name`} value={name} onChange={(e) => setName(e.target.value)} />
          <button type="button" onClick={saveCustom}>
            Save staged points as pattern
          </button>
        </div>
        <ul className="custom-list">
          {customs.map((c) => (
            <li key={c.id}>
              {c.name} ({c.sites.length} sites){' '}
              <button
                type="button"
                aria-label={`Delete pattern ${c.name}`}
                onClick={() => onCustoms(customs.filter((k) => k.id !== c.id))}
              >
                Delete
              </button>
            </li>
          ))}
        </ul>
        <div className="row-buttons">
          <button
            type="button"
            disabled={customs.length === 0}
            onClick={() =>
              download('wafer-patterns.json', toExportJson(customs), 'application/json')
            }
          >
            Export JSON
          </button>
          <label className="file-button">
            Import JSON
            <input type="file" accept=".json,application/json" onChange={importFile} />
          </label>
        </div>
      </details>
      {message && (
        <p className="hint" role="status">
          {message}
        </p>
      )}
    </div>
  );
}
