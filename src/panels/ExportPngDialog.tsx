/** Options of the map's PNG export: resolution, and whether to keep selection and hover marks. */
import { useEffect, useRef, useState } from 'react';

interface ExportPngDialogProps {
  open: boolean;
  onClose: () => void;
  /** Renders and downloads the PNG; a rejection's message is shown in the dialog. */
  onExport: (options: { pixelRatio: number; decorations: boolean }) => Promise<void>;
}

const RATIOS = [
  [1, 'Screen (1×)'],
  [2, 'Sharp (2×)'],
  [3, 'Print (3×)'],
] as const;

export function ExportPngDialog({ open, onClose, onExport }: ExportPngDialogProps) {
  const ref = useRef<HTMLDialogElement>(null);
  const [pixelRatio, setPixelRatio] = useState(2);
  const [plain, setPlain] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) {
      setError(null);
      dialog.showModal();
    }
    if (!open && dialog.open) dialog.close();
  }, [open]);
  const run = async () => {
    setBusy(true);
    setError(null);
    try {
      await onExport({ pixelRatio, decorations: !plain });
      onClose();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  return (
    <dialog ref={ref} className="shortcuts-dialog" aria-labelledby="png-title" onClose={onClose}>
      <h2 id="png-title">Export the map as PNG</h2>
      <p className="hint">
        The map as shown (zoom and pan; press Fit for the whole sample), with a title, the colour
        bar with its unit, and a legend.
      </p>
      <div className="field-grid">
        <label htmlFor="png-resolution">Resolution</label>
        <select
          id="png-resolution"
          value={pixelRatio}
          onChange={(e) => setPixelRatio(Number(e.target.value))}
        >
          {RATIOS.map(([ratio, label]) => (
            <option key={ratio} value={ratio}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={plain} onChange={(e) => setPlain(e.target.checked)} />
        Leave out selection, hover highlight and import preview
      </label>
      {error && (
        <p className="notice notice-error" role="alert">
          {error}
        </p>
      )}
      <div className="row-buttons">
        <button type="button" className="primary" disabled={busy} onClick={run}>
          {busy ? 'Exporting…' : 'Download PNG'}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
    </dialog>
  );
}
