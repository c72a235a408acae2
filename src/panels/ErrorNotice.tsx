/**
 * Shows a failed API call where the user is looking (words from src/api/errorMessages.ts);
 * 401/403 offer to open the connection settings.
 */
import { describeError } from '../api/errorMessages';
import { isApiError } from '../api/errors';

interface ErrorNoticeProps {
  error: unknown;
  /** What was being done, e.g. "Submit failed". */
  title: string;
  onOpenSettings?: () => void;
  /** Current submit chunk size, for the 413 advice. */
  chunkSize?: number;
}

export function ErrorNotice({ error, title, onOpenSettings, chunkSize }: ErrorNoticeProps) {
  const showSettings = isApiError(error) && error.kind === 'unauthorized' && onOpenSettings;
  return (
    <div className="notice notice-error" role="alert">
      <strong>{title}: </strong>
      {describeError(error, chunkSize === undefined ? {} : { chunkSize })}
      {showSettings && (
        <button type="button" className="link-button" onClick={onOpenSettings}>
          Open connection settings
        </button>
      )}
    </div>
  );
}
