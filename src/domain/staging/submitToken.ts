/**
 * The resubmit token a submit writes into each annotation's metadata (`client_batch`, a UUID per
 * submit, and `client_index`, the position in it), so a lost answer can be reconciled instead of
 * stored twice. The server never stores one `(client_batch, client_index)` twice.
 */

/** `batch#index` of a stored record's metadata, or null when it carries no token. */
export function tokenOf(metadata: Record<string, unknown> | null): string | null {
  const batch = metadata?.client_batch;
  const index = metadata?.client_index;
  return typeof batch === 'string' && typeof index === 'number' ? `${batch}#${index}` : null;
}
