/**
 * Which physical sample each wafer of a cassette import goes to: an existing sample matched by
 * name, or a new one named by a pattern (see namePattern.ts), with the problems a user must see
 * before anything is created: names two wafers share, ambiguous matches, names that collide.
 */
import {
  applyNamePattern,
  fileStem,
  type NameFields,
  normaliseSampleName,
  parseNamePattern,
} from './namePattern';

export interface WaferForMatching {
  key: string;
  waferId: string;
  lot: string | null;
  slot: string | null;
  /** File name, used for {file} (its stem). */
  sourceFile: string;
}

export interface ExistingSample {
  id: string;
  name: string | null;
}

export type WaferTarget =
  | {
      kind: 'existing';
      sampleId: string;
      sampleName: string;
      /** exact: same name; normalised: same after normaliseSampleName; chosen: by the user. */
      matchedBy: 'exact' | 'normalised' | 'chosen';
    }
  | { kind: 'new'; name: string }
  /** No sample: the pattern made no name for this wafer, or the match is ambiguous. */
  | { kind: 'none' };

export type MatchProblem =
  | { kind: 'name'; message: string }
  | { kind: 'ambiguous'; sampleIds: string[]; message: string }
  | { kind: 'duplicate'; otherKeys: string[]; message: string }
  | { kind: 'collision'; sampleId: string; message: string }
  | { kind: 'unknown-sample'; message: string };

/** A user's choice for one wafer: a given existing sample, or a typed new name. */
export type WaferOverride = { sampleId: string } | { name: string };

export interface SampleProposal {
  key: string;
  waferId: string;
  target: WaferTarget;
  problems: MatchProblem[];
}

export interface MatchResult {
  /** The pattern's own error (then every wafer without a match has a 'name' problem). */
  patternError: string | null;
  proposals: SampleProposal[];
  newCount: number;
  existingCount: number;
  /** Wafers with at least one problem. */
  problemCount: number;
}

/** The samples whose name equals `name` exactly, then (if none) after normalisation. */
function samplesNamed(
  name: string,
  samples: readonly ExistingSample[],
): { matches: ExistingSample[]; by: 'exact' | 'normalised' } {
  const exact = samples.filter((s) => s.name === name);
  if (exact.length > 0) return { matches: exact, by: 'exact' };
  const n = normaliseSampleName(name);
  const loose = samples.filter((s) => s.name !== null && normaliseSampleName(s.name) === n);
  return { matches: loose, by: 'normalised' };
}

type Proposal = { target: WaferTarget; problems: MatchProblem[] };

const unresolved = (problem: MatchProblem): Proposal => ({
  target: { kind: 'none' },
  problems: [problem],
});

/** The sample the user chose, if it still exists. */
function chosenSample(sampleId: string, samples: readonly ExistingSample[]): Proposal {
  const s = samples.find((x) => x.id === sampleId);
  if (!s)
    return unresolved({ kind: 'unknown-sample', message: 'The chosen sample no longer exists.' });
  const target = {
    kind: 'existing',
    sampleId: s.id,
    sampleName: s.name ?? '',
    matchedBy: 'chosen',
  } as const;
  return { target, problems: [] };
}

/**
 * The existing sample named like one of `candidates` (exact names first, then normalised), or
 * null when none is. `typed`: the only candidate is a name the user typed, which a normalised
 * match does not take over (it stays new, flagged as a collision).
 */
function matchByName(
  candidates: ReadonlyArray<string | null>,
  samples: readonly ExistingSample[],
  typed: boolean,
): Proposal | null {
  for (const by of ['exact', 'normalised'] as const) {
    for (const name of candidates) {
      if (!name) continue;
      const found = samplesNamed(name, samples);
      if (found.by !== by || found.matches.length === 0) continue;
      if (found.matches.length > 1) {
        const message = `${found.matches.length} samples are named “${name}”; choose one.`;
        return unresolved({
          kind: 'ambiguous',
          sampleIds: found.matches.map((s) => s.id),
          message,
        });
      }
      const s = found.matches[0] as ExistingSample;
      if (typed && by === 'normalised') {
        const message = `A sample named “${s.name}” already exists.`;
        return {
          target: { kind: 'new', name },
          problems: [{ kind: 'collision', sampleId: s.id, message }],
        };
      }
      const target = {
        kind: 'existing',
        sampleId: s.id,
        sampleName: s.name ?? '',
        matchedBy: by,
      } as const;
      return { target, problems: [] };
    }
  }
  return null;
}

function proposeOne(
  wafer: WaferForMatching,
  patternName: { ok: true; name: string } | { ok: false; message: string },
  samples: readonly ExistingSample[],
  override: WaferOverride | undefined,
): Proposal {
  if (override && 'sampleId' in override) return chosenSample(override.sampleId, samples);
  if (override) {
    const typed = override.name.trim().replace(/\s+/g, ' ');
    if (typed === '') return unresolved({ kind: 'name', message: 'The name is blank.' });
    return (
      matchByName([typed], samples, true) ?? { target: { kind: 'new', name: typed }, problems: [] }
    );
  }
  const fromPattern = patternName.ok ? patternName.name : null;
  const match = matchByName([fromPattern, wafer.waferId], samples, false);
  if (match) return match;
  if (!patternName.ok) return unresolved({ kind: 'name', message: patternName.message });
  return { target: { kind: 'new', name: patternName.name }, problems: [] };
}

/** Flag every proposal whose target another wafer has too (same sample, or same new name). */
function flagDuplicates(proposals: SampleProposal[]): void {
  const byTarget = new Map<string, SampleProposal[]>();
  for (const p of proposals) {
    const t = p.target;
    if (t.kind === 'none') continue;
    const id = t.kind === 'existing' ? `id:${t.sampleId}` : `new:${normaliseSampleName(t.name)}`;
    byTarget.set(id, [...(byTarget.get(id) ?? []), p]);
  }
  for (const group of byTarget.values()) {
    if (group.length < 2) continue;
    for (const p of group) {
      const others = group.filter((o) => o !== p);
      const names = others.map((o) => `“${o.waferId}”`).join(', ');
      p.problems.push({
        kind: 'duplicate',
        otherKeys: others.map((o) => o.key),
        message: `Also the sample of ${names}.`,
      });
    }
  }
}

/**
 * A sample for every wafer, in wafer order. Without an override, a wafer goes to the existing
 * sample named exactly like its pattern name or its wafer id (in that order), else to one whose
 * name is equal after normaliseSampleName, else to a new sample named by `pattern`. Several
 * samples with the matching name make the match ambiguous (no target). An override picks a
 * sample, or types a name (matched exactly; a loose match is kept new but flagged a collision).
 * Wafers that share a target are all flagged as duplicates. Pure; never throws.
 */
export function proposeSamples(
  wafers: readonly WaferForMatching[],
  samples: readonly ExistingSample[],
  pattern: string,
  overrides: Readonly<Record<string, WaferOverride>> = {},
): MatchResult {
  const parsed = parseNamePattern(pattern);
  const proposals = wafers.map((w, i): SampleProposal => {
    const fields: NameFields = {
      waferId: w.waferId,
      lot: w.lot,
      slot: w.slot,
      file: fileStem(w.sourceFile),
      index: i + 1,
    };
    const { target, problems } = proposeOne(
      w,
      applyNamePattern(parsed, fields),
      samples,
      overrides[w.key],
    );
    return { key: w.key, waferId: w.waferId, target, problems };
  });
  flagDuplicates(proposals);
  return {
    patternError: parsed.ok ? null : parsed.message,
    proposals,
    newCount: proposals.filter((p) => p.target.kind === 'new').length,
    existingCount: proposals.filter((p) => p.target.kind === 'existing').length,
    problemCount: proposals.filter((p) => p.problems.length > 0).length,
  };
}
