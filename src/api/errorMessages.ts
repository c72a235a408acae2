/**
 * The one place that turns a failed API call into words for the user (issue table: 401/403,
 * 404, 413, 422, 5xx, network, contract). Pure, so every message is tested.
 */
import { plural } from '../domain/values/plural';
import { isApiError } from './errors';

export interface MessageContext {
  /**
   * Current submit chunk size, offered as the thing to lower after a 413. Given only for a
   * submit's failure, so the message can speak of the chunk and the staged points.
   */
  chunkSize?: number;
}

/** A message for any thrown value; ApiError kinds get the wording and the next step. */
export function describeError(error: unknown, context: MessageContext = {}): string {
  if (!isApiError(error)) return error instanceof Error ? error.message : String(error);
  switch (error.kind) {
    case 'unauthorized':
      return `${error.message} Check the key in Connection settings.`;
    case 'not_found':
      return /annotation/i.test(error.message)
        ? `Annotation not found (HTTP 404): it may have been deleted by someone else.`
        : `Sample not found (HTTP 404): ${error.message}`;
    case 'too_large': {
      const size = context.chunkSize ? ` (now ${context.chunkSize})` : '';
      return `${error.message} Try a smaller chunk size${size} in the submit settings.`;
    }
    case 'validation': {
      const onRows = error.fieldErrors.filter((e) => e.row !== null).length;
      const other = error.fieldErrors
        .filter((e) => e.row === null)
        .map((e) => (e.field ? `${e.field}: ${e.message}` : e.message));
      const parts = [
        onRows > 0
          ? `${onRows} ${plural(onRows, 'problem is', 'problems are')} marked on their rows.`
          : '',
        ...other,
      ].filter(Boolean);
      // status null: refused by the client before sending (a broken character), not by a 422.
      const lead =
        error.status === null
          ? 'Not sent: the text contains a broken character the browser would store as \uFFFD; retype it.'
          : 'The server rejected the input.';
      return `${lead} ${parts.join(' ')}`.trim();
    }
    case 'unavailable':
      return context.chunkSize === undefined
        ? `${error.message} Nothing was changed.`
        : `${error.message} Nothing in this chunk was stored; your points stay staged.`;
    case 'server':
      return `${error.message} Nothing staged is lost, and retrying is safe: the next submit first checks what was already stored.`;
    case 'network':
      return `${error.message} Check that the server is running and the base URL is right; retrying is safe.`;
    case 'contract':
    case 'not_supported':
    case 'http':
      return error.message;
  }
}
