/**
 * The preview of a cassette import (pure): each wafer → its physical sample (matched by name or
 * new, see proposeSamples), the outline its points are checked against, what it would stage,
 * what the sample already holds from this file, and every warning; plus what stops the import.
 */

import type { SampleOutline } from '../../domain/geometry/outline';
import {
  proposeSamples,
  type SampleProposal,
  type WaferOverride,
} from '../../domain/lot/sampleMatching';
import type { StagedAnnotation } from '../../domain/staging/staged';
import { counted } from '../../domain/values/plural';
import { brokenCharacter, brokenTextInAnnotations } from '../../domain/values/textLimits';
import type { SheetCellError } from '../xlsx/sheetTable';
import { checkAlreadyImported, type ImportCheck, type StoredForCheck } from './alreadyImported';
import {
  type CassetteProperty,
  choiceProblems,
  type PropertyChoice,
  waferMapping,
} from './lotProperties';
import { unreadableCellsMessage } from './planMessages';
import { previewWafer, stageWafer, type WaferPreview } from './stageWafer';
import type { Cassette, CassetteWafer } from './types';
import { sourceSheetName, unreadCells } from './unreadCells';

export interface PlanSettings {
  pattern: string;
  overrides: Readonly<Record<string, WaferOverride>>;
  /** Keys of wafers left out of the import. */
  skipped: readonly string[];
  /** The geometry of the new samples (and of existing ones that have none); null: not chosen. */
  outline: SampleOutline | null;
  choices: Readonly<Record<string, PropertyChoice>>;
  /** char_source_type of every annotation ('' for none). */
  sourceType: string;
}

/** An existing sample as the plan needs it: its outline from its setup (null: none set). */
export interface SampleInfo {
  id: string;
  name: string | null;
  outline: SampleOutline | null;
}

/** The stored records of an existing sample: loaded, still loading, or failed to load. */
export type StoredRecords = StoredForCheck[] | 'loading' | { error: string };

export interface WaferPlan {
  wafer: CassetteWafer;
  proposal: SampleProposal;
  skipped: boolean;
  /** The outline the points are checked against; null until the geometry is chosen. */
  outline: SampleOutline | null;
  /** Saved with the sample (new, or existing without one). */
  outlineToSave: SampleOutline | null;
  preview: WaferPreview | null;
  /** What is stored already (existing samples). */
  check: ImportCheck | null;
  /** To stage and submit. */
  planned: StagedAnnotation[];
  /** Cell errors of this wafer's rows (spreadsheets). */
  cellErrors: SheetCellError[];
  /** Cells of this wafer the import could not read that `cellErrors` does not name (unreadCells.ts). */
  unreadCells: SheetCellError[];
  warnings: string[];
  /** Must be fixed (or the wafer skipped) before importing. */
  problems: string[];
}

export interface LotPlan {
  wafers: WaferPlan[];
  patternError: string | null;
  /** Why the import cannot start yet; [] when it can. */
  blockers: string[];
  newCount: number;
  existingCount: number;
  /** Annotations the import would store. */
  toStore: number;
}

export { siteCount, unreadableCellsMessage } from './planMessages';

export interface PlanInput {
  cassette: Cassette;
  properties: readonly CassetteProperty[];
  settings: PlanSettings;
  samples: readonly SampleInfo[];
  stored: (sampleId: string) => StoredRecords;
  cellErrors: readonly SheetCellError[];
  newId: () => string;
}

function storedWarnings(check: ImportCheck, planned: number): string[] {
  const out: string[] = [];
  if (check.state === 'complete') {
    out.push(`Already imported: all ${planned} are stored in this sample; nothing is sent again.`);
  } else if (check.state === 'partial') {
    out.push(
      `Partly imported: ${check.alreadyStored} of ${planned} are stored; only the other ${check.remaining.length} are sent.`,
    );
  }
  const other = check.storedFromSource - check.alreadyStored;
  if (other > 0) {
    out.push(
      `${counted(other, 'record')} from this file and wafer ${other === 1 ? 'is' : 'are'} stored in this sample already (another mapping or property name?): check that this is not the same data.`,
    );
  }
  if (check.storedTwice > 0) {
    out.push(
      `${counted(check.storedTwice, 'record')} in this sample ${check.storedTwice === 1 ? 'was' : 'were'} stored twice by an earlier import.`,
    );
  }
  return out;
}

function planWafer(input: PlanInput, wafer: CassetteWafer, proposal: SampleProposal): WaferPlan {
  const { settings } = input;
  const target = proposal.target;
  const existing =
    target.kind === 'existing' ? input.samples.find((s) => s.id === target.sampleId) : undefined;
  const own = existing?.outline ?? null;
  const outline = own ?? settings.outline;
  const lines = new Set(wafer.table.rows.map((r) => r.line));
  const cellErrors = input.cellErrors.filter((e) => lines.has(e.row));
  const plan: WaferPlan = {
    wafer,
    proposal,
    skipped: settings.skipped.includes(wafer.key),
    outline,
    outlineToSave: own ? null : settings.outline,
    preview: null,
    check: null,
    planned: [],
    cellErrors,
    unreadCells: [],
    warnings: [...wafer.warnings],
    problems: proposal.problems.map((p) => p.message),
  };
  if (existing && !own)
    plan.warnings.push(
      'The sample has no outline yet: it gets the geometry chosen for the new samples.',
    );
  if (!outline) return plan;
  const mapping = waferMapping(wafer, settings.choices);
  plan.preview = previewWafer(wafer, mapping, outline);
  const p = plan.preview;
  if (p.pointCount === 0) plan.problems.push('No point with readable coordinates and a value.');
  if (p.outsideCount > 0) {
    plan.warnings.push(
      `${counted(p.outsideCount, 'point')} outside the outline ${p.outsideCount === 1 ? 'is' : 'are'} left out.`,
    );
  }
  const sheet = cellErrors[0]?.sheet ?? sourceSheetName(wafer.sourceFile);
  plan.unreadCells = unreadCells(p.problems, cellErrors, sheet, wafer.table);
  const listed = cellErrors.length + plan.unreadCells.length;
  const unreadable = unreadableCellsMessage(p.problemCount, p.skippedCount, listed);
  if (unreadable) plan.warnings.push(unreadable);
  const staged = stageWafer(
    wafer,
    { mapping, outline, sourceType: settings.sourceType.trim() || null, includeOutside: false },
    input.newId,
  );
  plan.planned = staged;
  if (target.kind === 'existing') {
    const stored = input.stored(target.sampleId);
    if (stored === 'loading') return plan;
    if (!Array.isArray(stored)) {
      plan.problems.push(`Could not read what the sample holds: ${stored.error}`);
      return plan;
    }
    plan.check = checkAlreadyImported(stored, staged, {
      sourceFile: wafer.sourceFile,
      waferId: wafer.waferId,
    });
    plan.planned = plan.check.remaining;
    plan.warnings.push(...storedWarnings(plan.check, staged.length));
  }
  return plan;
}

/**
 * The first lone surrogate (the browser would send it as U+FFFD) in a new sample's name or a
 * planned annotation, with the number of wafers that hold one; [] when none does.
 */
function brokenTexts(active: readonly WaferPlan[]): string[] {
  const found = active.flatMap((w) => {
    const t = w.proposal.target;
    const inName =
      t.kind === 'new' ? brokenCharacter(`The new sample name “${t.name}”`, t.name) : null;
    const inValues = brokenTextInAnnotations(w.planned)?.message ?? null;
    const message = inName ?? inValues;
    return message ? [`${w.wafer.waferId}: ${message}`] : [];
  });
  if (found.length === 0) return [];
  const more = found.length > 1 ? ` (${counted(found.length - 1, 'more wafer')} too)` : '';
  return [`${found[0]}${more}`];
}

function blockersOf(input: PlanInput, plan: Omit<LotPlan, 'blockers'>): string[] {
  const out: string[] = [];
  const active = plan.wafers.filter((w) => !w.skipped);
  if (input.cassette.wafers.length === 0) return ['The files hold no wafer with measurements.'];
  if (active.length === 0) return ['Every wafer is left out.'];
  if (plan.patternError && active.some((w) => w.proposal.target.kind !== 'existing')) {
    out.push(`Name pattern: ${plan.patternError}`);
  }
  if (
    !input.settings.outline &&
    active.some((w) => w.outlineToSave !== null || w.outline === null)
  ) {
    out.push('Choose the geometry of the new samples.');
  }
  out.push(...choiceProblems(input.properties, input.settings.choices), ...brokenTexts(active));
  const withProblems = active.filter((w) => w.problems.length > 0).length;
  if (withProblems > 0) {
    out.push(
      `${counted(withProblems, 'wafer')} need${withProblems === 1 ? 's' : ''} attention (marked in the table): fix or leave ${withProblems === 1 ? 'it' : 'them'} out.`,
    );
  }
  if (
    active.some(
      (w) =>
        w.proposal.target.kind === 'existing' && w.outline && !w.check && w.problems.length === 0,
    )
  ) {
    out.push('Checking what the existing samples already hold…');
  }
  return out;
}

/** The preview of the import under `input.settings` (see the module comment). */
export function planLot(input: PlanInput): LotPlan {
  const { cassette, settings } = input;
  const match = proposeSamples(
    cassette.wafers,
    input.samples.map((s) => ({ id: s.id, name: s.name })),
    settings.pattern,
    settings.overrides,
  );
  const wafers = cassette.wafers.map((w, i) =>
    planWafer(input, w, match.proposals[i] as SampleProposal),
  );
  const active = wafers.filter((w) => !w.skipped);
  const partial = {
    wafers,
    patternError: match.patternError,
    newCount: active.filter((w) => w.proposal.target.kind === 'new').length,
    existingCount: active.filter((w) => w.proposal.target.kind === 'existing').length,
    toStore: active.reduce((n, w) => n + w.planned.length, 0),
  };
  return { ...partial, blockers: blockersOf(input, partial) };
}
