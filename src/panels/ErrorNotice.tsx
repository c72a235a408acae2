/**
 * The one place that turns a failed API call into words for the user.
 * 401/403 offer to open the connection settings; 422 details are shown on their rows by the
 * staged table, so here they only get a summary.
 */
import { isApiError } from '../api/errors';

interface ErrorNoticeProps {
  error: unknown;
  /** What was being done, e.g. "Submit failed". */
  title: string;
  onOpenSettings?: () => void;
}

/** Message for any thrown value; ApiError messages are already written for users. */
export function describeError(error: unknown): string {
  if (isApiError(error)) {
    switch (error.kind) {
      case 'unauthorized':
        return `${error.message} Check the key in Connection settings.`;
      case 'network':
        return `${error.message} Is the server running, and is the base URL right?`;
      case 'validation': {
        const rowErrors = error.fieldErrors.filter((e) => e.row !== null).length;
        const other = error.fieldErrors.filter((e) => e.row === null);
        const parts = [
          rowErrors > 0 ? `${rowErrors} problem(s) are marked on their rows below.` : '',
          ...other.map((e) => (e.field ? `${e.field}: ${e.message}` : e.message)),
        ];
        return `The server rejected the input. ${parts.filter(Boolean).join(' ')}`.trim();
      }
      default:
        return error.message;
    }
  }
  if (error instanceof Error) return error.message;
  return String(error);
}

export function ErrorNotice({ error, title, onOpenSettings }: ErrorNoticeProps) {
  const showSettings = isApiError(error) && error.kind === 'unauthorized' && onOpenSettings;
  return (
    <div className="notice notice-error" role="alert">
      <strong>{title}: </strong>
      {describeError(error)}
      {showSettings && (
        <button type="button" className="link-button" onClick={onOpenSettings}>
          Open connection settings
        </button>
      )}
    </div>
  );
}
