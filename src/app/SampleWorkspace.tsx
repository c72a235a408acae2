/**
 * Everything for one open physical sample: the map, entry, staged points, submit and the stored
 * records. Mounted with `key={sampleId}`, so per-sample view state starts fresh.
 */
import { useCallback, useMemo, useRef, useState } from 'react';
import { useAnnotations } from '../api/queries';
import type { PhysicalSample } from '../api/schemas';
import { type MapTarget, SampleMap } from '../canvas/SampleMap';
import { describeOutline } from '../domain/geometry/outline';
import type { PointMm } from '../domain/geometry/point';
import { summarizeProperties } from '../domain/stats/properties';
import { formatCursor, formatMm } from '../domain/values/formatMm';
import { ColorBar, formatValue } from '../panels/ColorBar';
import { EntryForm } from '../panels/EntryForm';
import { ErrorNotice } from '../panels/ErrorNotice';
import { OutlineSettings } from '../panels/OutlineSettings';
import { RecordsTable } from '../panels/RecordsTable';
import { StagedTable } from '../panels/StagedTable';
import { useEntryFields } from './entryFields';
import { useSampleOutline } from './outlineStore';
import { useStaging } from './stagingStore';
import { useRecordLayer } from './useRecordLayer';
import { useSubmitStaged } from './useSubmitStaged';

type Highlight = { kind: 'staged' | 'record'; id: string } | null;

interface SampleWorkspaceProps {
  sample: PhysicalSample;
  onOpenSettings: () => void;
}

export function SampleWorkspace({ sample, onOpenSettings }: SampleWorkspaceProps) {
  const sampleId = sample.id;
  const [outline, setOutline] = useSampleOutline(sampleId, sample.name);
  const staging = useStaging(sampleId);
  const records = useAnnotations(sampleId);
  const [fields, setFields] = useEntryFields(sampleId);
  const [highlight, setHighlight] = useState<Highlight>(null);
  const [status, setStatus] = useState('');
  const valueInputRef = useRef<HTMLInputElement>(null);
  const submit = useSubmitStaged(sampleId, (n) => setStatus(`Stored ${n} annotations.`));

  const stored = records.data ?? [];
  const properties = useMemo(() => summarizeProperties(stored), [stored]);
  const [chosenProperty, setChosenProperty] = useState<string | null>(null);
  const colorProperty =
    chosenProperty && properties.some((p) => p.name === chosenProperty)
      ? chosenProperty
      : (properties[0]?.name ?? null);
  const colorSummary = properties.find((p) => p.name === colorProperty);
  const layer = useRecordLayer(stored, colorProperty);
  const staged = staging.annotations;

  const pending = useMemo((): PointMm | null => {
    const x = Number(fields.x);
    const y = Number(fields.y);
    return fields.x.trim() && fields.y.trim() && Number.isFinite(x) && Number.isFinite(y)
      ? { xMm: x, yMm: y }
      : null;
  }, [fields.x, fields.y]);

  const place = useCallback(
    (p: PointMm) => {
      setFields({ ...fields, x: p.xMm.toFixed(3), y: p.yMm.toFixed(3) });
      setStatus('');
      valueInputRef.current?.focus();
    },
    [fields, setFields],
  );

  const describeTarget = (t: MapTarget) => {
    if (t.kind === 'staged') {
      const a = staged[t.index];
      if (!a) return null;
      return `Staged #${t.index + 1}: ${a.propertyName} ${a.propertyValue}${a.propertyUnit ? ` ${a.propertyUnit}` : ''} at ${formatCursor(a)}`;
    }
    const r = stored[layer.recordIndex[t.index] ?? -1];
    const m = layer.markers[t.index];
    if (!r || !m) return null;
    return `${r.property_name} ${formatValue(r.property_value)}${r.property_unit ? ` ${r.property_unit}` : ''} at ${formatCursor(m)}${r.char_source_type ? ` (${r.char_source_type})` : ''}`;
  };

  const highlightedStaged =
    highlight?.kind === 'staged' ? staged.findIndex((a) => a.localId === highlight.id) : -1;
  const highlightedRecord =
    highlight?.kind === 'record'
      ? layer.recordIndex.findIndex((i) => stored[i]?.id === highlight.id)
      : -1;

  return (
    <div className="workspace">
      <section className="map-panel" aria-label="Map">
        <div className="map-toolbar">
          <span className="map-title">{sample.name ?? 'Unnamed sample'}</span>
          <span className="muted">{describeOutline(outline)}</span>
          {properties.length > 0 && (
            <label className="inline-label">
              Colour by
              <select
                value={colorProperty ?? ''}
                onChange={(e) => setChosenProperty(e.target.value)}
              >
                {properties.map((p) => (
                  <option key={p.name} value={p.name}>
                    {p.name} ({p.count}
                    {p.units.filter(Boolean).length
                      ? `, ${p.units.filter(Boolean).join(' / ')}`
                      : ''}
                    )
                  </option>
                ))}
              </select>
            </label>
          )}
          <span className="legend">
            <span className="legend-record" aria-hidden="true" /> stored
            <span className="legend-staged" aria-hidden="true" /> staged
          </span>
        </div>
        <div className="map-area">
          <SampleMap
            outline={outline}
            records={layer.markers}
            staged={staged}
            pending={pending}
            highlightedStaged={highlightedStaged}
            highlightedRecord={highlightedRecord}
            label={`Map of ${sample.name ?? 'the sample'} (${describeOutline(outline)}): ${stored.length} stored and ${staged.length} staged annotations. The tables list every point.`}
            onPlace={place}
            onPlaceOutside={(p) =>
              setStatus(
                `Nothing placed: (${formatMm(p.xMm)}, ${formatMm(p.yMm)}) mm is outside the ${describeOutline(outline)} outline.`,
              )
            }
            onHover={(t) => {
              if (!t) return setHighlight(null);
              if (t.kind === 'staged') {
                const a = staged[t.index];
                setHighlight(a ? { kind: 'staged', id: a.localId } : null);
              } else {
                const r = stored[layer.recordIndex[t.index] ?? -1];
                setHighlight(r ? { kind: 'record', id: r.id } : null);
              }
            }}
            describeTarget={describeTarget}
          />
          {layer.scale && colorProperty && (
            <ColorBar
              scale={layer.scale}
              propertyName={colorProperty}
              unit={colorSummary?.units.filter(Boolean).join(' / ') || null}
            />
          )}
        </div>
        <p className="map-status" role="status" aria-label="Map messages">
          {status}
          {layer.unplaced.count > 0 &&
            ` ${layer.unplaced.count} stored records are not drawn (${layer.unplaced.reasons.join(', ')}).`}
        </p>
      </section>

      <aside className="side-panel">
        <details className="panel">
          <summary>Outline: {describeOutline(outline)}</summary>
          <OutlineSettings outline={outline} onChange={setOutline} />
        </details>

        <section className="panel" aria-labelledby="entry-heading">
          <h2 id="entry-heading">Enter a measurement</h2>
          <EntryForm
            outline={outline}
            fields={fields}
            onChange={setFields}
            valueInputRef={valueInputRef}
            propertySuggestions={properties.map((p) => p.name)}
            onStage={(a) => {
              staging.dispatch({
                type: 'add',
                annotations: [{ ...a, localId: crypto.randomUUID() }],
              });
              setStatus(`Staged #${staged.length + 1} at ${formatCursor(a)}.`);
            }}
          />
        </section>

        <section className="panel" aria-labelledby="staged-heading">
          <h2 id="staged-heading">Staged ({staged.length})</h2>
          {staging.notice && (
            <div className="notice notice-warning" role="alert">
              {staging.notice.message}{' '}
              <button type="button" className="link-button" onClick={staging.dismissNotice}>
                Dismiss
              </button>
            </div>
          )}
          {staged.length > 0 ? (
            <StagedTable
              staged={staged}
              outline={outline}
              rowErrors={submit.rowErrors}
              highlightedId={highlight?.kind === 'staged' ? highlight.id : null}
              onHighlight={(id) => setHighlight(id ? { kind: 'staged', id } : null)}
              onUpdate={(localId, changes) => {
                staging.dispatch({ type: 'update', localId, changes });
                submit.clearRowError(localId);
              }}
              onRemove={(localIds) => staging.dispatch({ type: 'remove', localIds })}
            />
          ) : (
            <p className="muted">
              Nothing staged. Click the map or type coordinates, then a value.
            </p>
          )}
          <div className="submit-bar">
            <button
              type="button"
              className="primary"
              disabled={staged.length === 0 || submit.pending}
              onClick={() => submit.submit(staged)}
            >
              {submit.pending
                ? 'Submitting…'
                : `Submit ${staged.length} annotation${staged.length === 1 ? '' : 's'}`}
            </button>
          </div>
          {submit.error && (
            <ErrorNotice
              error={submit.error}
              title="Submit failed"
              onOpenSettings={onOpenSettings}
            />
          )}
        </section>

        <section className="panel" aria-labelledby="records-heading">
          <h2 id="records-heading">Stored annotations ({stored.length})</h2>
          {records.isError && (
            <ErrorNotice
              error={records.error}
              title="Could not load annotations"
              onOpenSettings={onOpenSettings}
            />
          )}
          {records.isPending ? (
            <p className="muted">Loading…</p>
          ) : (
            <RecordsTable
              records={stored}
              highlightedId={highlight?.kind === 'record' ? highlight.id : null}
              onHighlight={(id) => setHighlight(id ? { kind: 'record', id } : null)}
            />
          )}
        </section>
      </aside>
    </div>
  );
}
