/**
 * The settings of a cassette import and its preview (planLot): the name pattern (remembered),
 * typed names and wafers left out, the geometry of the new samples, the property names and
 * units, the source; the existing samples (with their outline from their setup) and the stored
 * records of those the wafers go to, loaded at most 6 at a time. Mount it keyed by the
 * cassette, so a new file starts from fresh settings.
 */
import { useMemo, useState } from 'react';
import { z } from 'zod';
import { describeError } from '../../api/errorMessages';
import { useAnnotationsOfSamples, useSamples } from '../../api/queries';
import type { SampleOutline } from '../../domain/geometry/outline';
import { DEFAULT_NAME_PATTERN } from '../../domain/lot/namePattern';
import { proposeSamples, type WaferOverride } from '../../domain/lot/sampleMatching';
import { suggestLotOutline } from '../../io/cassette/lotOutline';
import { planLot, type SampleInfo, type StoredRecords } from '../../io/cassette/lotPlan';
import {
  cassetteProperties,
  defaultChoices,
  type PropertyChoice,
} from '../../io/cassette/lotProperties';
import type { Cassette } from '../../io/cassette/types';
import { presetById } from '../../io/presets/registry';
import type { SheetCellError } from '../../io/xlsx/sheetTable';
import { usePersistentState } from '../persistent';
import { knownSetup } from '../setup/browserSetup';

const newId = () => crypto.randomUUID();

export function useCassettePlan(cassette: Cassette, cellErrors: readonly SheetCellError[]) {
  const samples = useSamples();
  const properties = useMemo(() => cassetteProperties(cassette), [cassette]);
  const [pattern, setPattern] = usePersistentState(
    'wafer-annotator:cassette-pattern',
    z.string(),
    () => DEFAULT_NAME_PATTERN,
  );
  const [typedNames, setTypedNames] = useState<Record<string, string>>({});
  const [skipped, setSkipped] = useState<string[]>([]);
  const [outline, setOutline] = useState<SampleOutline | null>(null);
  const [choices, setChoices] = useState(() => defaultChoices(properties));
  const [sourceType, setSourceType] = useState(
    () => presetById(cassette.wafers[0]?.preset ?? 'generic').sourceType,
  );
  const suggestion = useMemo(() => suggestLotOutline(cassette), [cassette]);

  const sampleInfos = useMemo<SampleInfo[]>(
    () =>
      (samples.data ?? []).map((s) => {
        return { id: s.id, name: s.name, outline: knownSetup(s)?.outline ?? null };
      }),
    [samples.data],
  );
  const overrides = useMemo(() => {
    const out: Record<string, WaferOverride> = {};
    for (const [key, name] of Object.entries(typedNames)) if (name.trim()) out[key] = { name };
    return out;
  }, [typedNames]);
  const settings = { pattern, overrides, skipped, outline, choices, sourceType };

  // The samples wafers go to by name now; their stored records tell what is imported already.
  const existingIds = useMemo(() => {
    const match = proposeSamples(cassette.wafers, sampleInfos, pattern, overrides);
    const ids = match.proposals.flatMap((p) =>
      p.target.kind === 'existing' ? [p.target.sampleId] : [],
    );
    return [...new Set(ids)];
  }, [cassette, sampleInfos, pattern, overrides]);
  const stored = useAnnotationsOfSamples(existingIds);
  const storedKey = stored.map((r) => `${r.status}:${r.dataUpdatedAt}`).join(',');

  // biome-ignore lint/correctness/useExhaustiveDependencies: storedKey stands for `stored` (a new array each render).
  const plan = useMemo(() => {
    const byId = new Map<string, StoredRecords>();
    existingIds.forEach((id, i) => {
      const r = stored[i];
      if (r?.data) byId.set(id, r.data);
      else if (r?.isError) byId.set(id, { error: describeError(r.error) });
    });
    return planLot({
      cassette,
      properties,
      settings,
      samples: sampleInfos,
      stored: (id) => byId.get(id) ?? 'loading',
      cellErrors,
      newId,
    });
  }, [
    cassette,
    properties,
    pattern,
    overrides,
    skipped,
    outline,
    choices,
    sourceType,
    sampleInfos,
    existingIds,
    storedKey,
    cellErrors,
  ]);

  return {
    plan,
    properties,
    settings,
    suggestion,
    typedNames,
    samplesReady: samples.isSuccess,
    setPattern,
    setOutline,
    setSourceType,
    setName: (key: string, name: string) => setTypedNames((t) => ({ ...t, [key]: name })),
    setSkipped: (key: string, skip: boolean) =>
      setSkipped((s) => (skip ? [...s.filter((k) => k !== key), key] : s.filter((k) => k !== key))),
    setChoice: (key: string, choice: PropertyChoice) =>
      setChoices((c) => ({ ...c, [key]: choice })),
  };
}

export type CassettePlanState = ReturnType<typeof useCassettePlan>;
