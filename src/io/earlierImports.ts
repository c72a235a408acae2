/**
 * Has this file (and KLA wafer) been imported into the sample before? Imported annotations carry
 * `source_file` (and `wafer_id`) in their metadata, so stored records and staged points can be
 * matched to the file being imported; a second import of the same data would store it twice.
 */

/** Metadata of an annotation, as stored (`annotation_metadata`) or staged. */
type Metadata = Readonly<Record<string, unknown>> | null | undefined;

/**
 * How many of `metadata` come from `sourceFile` (and, when given, the wafer `waferId`). Pasted
 * text has no file name to match, so pass null: the answer is then 0.
 */
export function countFromSource(
  metadata: Iterable<Metadata>,
  sourceFile: string | null,
  waferId: string | null,
): number {
  if (sourceFile === null) return 0;
  let n = 0;
  for (const m of metadata) {
    if (m?.source_file === sourceFile && (waferId === null || m.wafer_id === waferId)) n++;
  }
  return n;
}
