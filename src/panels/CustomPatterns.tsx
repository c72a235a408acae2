/**
 * The sample's custom patterns: save the staged points as a named pattern, delete one, export
 * them all as JSON and import such a file (a pattern already saved is skipped).
 */
import { type ChangeEvent, useId, useState } from 'react';
import { type CustomPattern, parseImportedPatterns, toExportJson } from '../domain/patterns/custom';
import { counted } from '../domain/values/plural';
import { brokenCharacter } from '../domain/values/textLimits';
import { downloadBlob } from './download';

interface CustomPatternsProps {
  customs: CustomPattern[];
  onCustoms: (customs: CustomPattern[]) => void;
  /** Distinct staged points, in staged order, offered as the sites of a new custom pattern. */
  stagedPoints: () => Array<{ xMm: number; yMm: number }>;
  /** Shows a sentence under the pattern panel. */
  onMessage: (message: string) => void;
}

/** A pattern already saved: same name and sites (e.g. the same file imported twice). */
const sameAs = (a: CustomPattern, b: CustomPattern) =>
  a.name === b.name && JSON.stringify(a.sites) === JSON.stringify(b.sites);

/** The custom patterns section (see the module comment). */
export function CustomPatterns({
  customs,
  onCustoms,
  stagedPoints,
  onMessage,
}: CustomPatternsProps) {
  const id = useId();
  const [name, setName] = useState('');

  const saveCustom = () => {
    if (!name.trim()) return onMessage('Name the pattern first.');
    // Saved into the sample's setup on the server: the browser would send it as U+FFFD.
    const broken = brokenCharacter('The pattern name', name.trim());
    if (broken) return onMessage(broken);
    const sites = stagedPoints();
    if (sites.length === 0) return onMessage('Stage the sites first: click them on the map.');
    const custom: CustomPattern = {
      id: crypto.randomUUID(),
      name: name.trim(),
      sites,
      createdAt: new Date().toISOString(),
    };
    onCustoms([...customs, custom]);
    setName('');
    onMessage(`Saved "${custom.name}" with ${counted(custom.sites.length, 'site')}.`);
  };

  const importFile = async (e: ChangeEvent<HTMLInputElement>) => {
    const file = e.target.files?.[0];
    e.target.value = '';
    if (!file) return;
    const result = parseImportedPatterns(await file.text());
    if (!result.ok) return onMessage(`${file.name}: ${result.message}`);
    const broken = result.patterns
      .map((p) => brokenCharacter(`The pattern name “${p.name}”`, p.name))
      .find((m) => m !== null);
    if (broken) return onMessage(`${file.name}: ${broken} Nothing imported.`);
    // A different pattern whose id clashes with ours gets a new id.
    const fresh = result.patterns.filter((p) => !customs.some((c) => sameAs(c, p)));
    const known = new Set(customs.map((c) => c.id));
    const added = fresh.map((p) => (known.has(p.id) ? { ...p, id: crypto.randomUUID() } : p));
    onCustoms([...customs, ...added]);
    const skipped = result.patterns.length - added.length;
    onMessage(
      `Imported ${counted(added.length, 'pattern')} from ${file.name}.${skipped > 0 ? ` ${skipped} already saved, skipped.` : ''}`,
    );
  };

  return (
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
            downloadBlob(
              new Blob([toExportJson(customs)], { type: 'application/json' }),
              'wafer-patterns.json',
            )
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
  );
}
