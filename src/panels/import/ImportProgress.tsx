/** What the importer is doing right now, with a progress bar while a file is read. */
import { formatBytes } from '../../io/importLimits';
import type { ImportBusy } from './types';

const STEP_TEXT: Record<ImportBusy['step'], string> = {
  reading: 'Reading the file',
  analysing: 'Finding the header and columns',
  mapping: 'Mapping the rows',
  staging: 'Staging the points',
};

/** A labelled `<progress>`: determinate while bytes are read, indeterminate otherwise. */
export function ImportProgress({ busy }: { busy: ImportBusy }) {
  const reading = busy.step === 'reading' && busy.total !== undefined && busy.total > 0;
  const text = reading
    ? `${STEP_TEXT.reading}: ${formatBytes(busy.loaded ?? 0)} of ${formatBytes(busy.total ?? 0)}`
    : `${STEP_TEXT[busy.step]}…`;
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <progress
        aria-label={STEP_TEXT[busy.step]}
        {...(reading ? { max: busy.total, value: busy.loaded ?? 0 } : {})}
      />
      <span>{text}</span>
    </div>
  );
}
