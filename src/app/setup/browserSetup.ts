/**
 * This browser's side of a sample's setup: its own copy (kept on every change, so nothing is
 * lost when the server cannot be reached) and the settings earlier versions kept in
 * localStorage, read once to migrate them to the server.
 */
import { z } from 'zod';
import type { PhysicalSample } from '../../api/schemas';
import { SampleOutlineSchema } from '../../domain/geometry/outlineSchema';
import { CustomPattern } from '../../domain/patterns/custom';
import {
  type BrowserCopy,
  type LegacySettings,
  setupFromLegacy,
} from '../../domain/setup/migration';
import { readSetup, SampleSetup } from '../../domain/setup/setup';
import { FrameSettings } from '../../domain/setup/status';
import { readStored, writeStored } from '../persistent';

const copyKey = (sampleId: string) => `wafer-annotator:setup:${sampleId}`;

/** `base` is missing in copies written before setups were merged. */
const BrowserCopySchema = z.object({
  setup: SampleSetup,
  synced: z.boolean(),
  base: SampleSetup.nullable().optional(),
});

/** This browser's copy of the sample's setup, or null (none, or unreadable). */
export function readBrowserCopy(sampleId: string): BrowserCopy | null {
  return readStored(copyKey(sampleId), BrowserCopySchema);
}

/** Keep `copy` for the sample; false when the browser refused (storage full or blocked). */
export function writeBrowserCopy(sampleId: string, copy: BrowserCopy): boolean {
  return writeStored(copyKey(sampleId), copy);
}

/** The limits part of the review settings earlier versions stored (other fields ignored). */
const LegacyReview = z.object({
  limits: z.record(
    z.string(),
    z.object({
      min: z.number().finite().optional(),
      max: z.number().finite().optional(),
      halfWidth: z.number().finite().optional(),
      lsl: z.number().finite().optional(),
      usl: z.number().finite().optional(),
    }),
  ),
});
const LegacyGuided = z.object({ spec: z.object({ kind: z.string() }) });

/** Everything an earlier version kept in this browser for the sample. */
export function readLegacySettings(sampleId: string): LegacySettings & { patternsInUse: boolean } {
  const guided = readStored(`wafer-annotator:pattern:${sampleId}`, LegacyGuided);
  return {
    outline: readStored(`wafer-annotator:outline:${sampleId}`, SampleOutlineSchema),
    frame: readStored(`wafer-annotator:frame:${sampleId}`, FrameSettings),
    limits: readStored(`wafer-annotator:review:${sampleId}`, LegacyReview)?.limits ?? null,
    customPatterns: readStored('wafer-annotator:patterns', z.array(CustomPattern)) ?? [],
    patternsInUse: guided?.spec.kind === 'custom',
  };
}

/** The setup this browser's earlier settings amount to (see setupFromLegacy), or null. */
export function legacySetup(sampleId: string, now: Date): SampleSetup | null {
  const { patternsInUse, ...legacy } = readLegacySettings(sampleId);
  return setupFromLegacy(legacy, now, patternsInUse);
}

/**
 * A listed sample's setup as far as it is known without a request: the one its metadata holds
 * when the list carries metadata (the local server's does), else this browser's copy (Atomscale's
 * list documents no metadata; a server that refused the setup leaves it in the browser); null:
 * neither.
 */
export function knownSetup(sample: PhysicalSample | undefined): SampleSetup | null {
  if (!sample) return null;
  const read = readSetup(sample.physical_sample_metadata);
  if (read.kind === 'ok') return read.setup;
  return readBrowserCopy(sample.id)?.setup ?? null;
}
