/** The keyboard shortcuts dialog, opened with "?". */
import { useEffect, useRef } from 'react';

export const SHORTCUTS: Array<[string, string]> = [
  ['Click / tap the map', 'Place the point; focus jumps to Value'],
  ['Enter (in the entry form)', 'Stage the point (one annotation per property)'],
  ['Shift+Enter or ↑ (in Value, guided)', 'Back one site'],
  ['↓ (in Value, guided)', 'Skip this site'],
  ['Tab to the map, then ← ↑ → ↓', 'Move the focus cursor 1 mm or one snap step (Shift: ×10)'],
  ['Enter (on the map)', 'Place the point at the focus cursor'],
  ['Click a staged marker', 'Select it (Shift/Ctrl-click: add or remove)'],
  ['Shift+drag on empty space', 'Rubber-band selection (Ctrl too: add)'],
  ['Drag a selected marker', 'Move the selection'],
  ['← ↑ → ↓ with a selection', 'Nudge by the snap step (Shift: ×10)'],
  ['Delete / Backspace', 'Delete the selection'],
  ['Escape', 'Clear the selection'],
  ['N / P (on the map)', 'Select the next / previous staged point'],
  ['Wheel, pinch, + / −, 0', 'Zoom about the pointer, zoom, fit'],
  ['Drag empty space, or Space+drag', 'Pan'],
  ['Ctrl/Cmd+Enter', 'Submit the staged points'],
  ['Ctrl/Cmd+Z', 'Undo (outside text fields, or in an empty one such as Value after staging)'],
  ['Ctrl/Cmd+Shift+Z or Ctrl+Y', 'Redo'],
  ['?', 'This list'],
];

export function ShortcutsDialog({ open, onClose }: { open: boolean; onClose: () => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="shortcuts-dialog"
      aria-labelledby="shortcuts-title"
      onClose={onClose}
    >
      <h2 id="shortcuts-title">Keyboard shortcuts</h2>
      {/* Cells wrap (data tables do not), so the dialog fits a narrow window. */}
      <table className="data-table" style={{ whiteSpace: 'normal' }}>
        <tbody>
          {SHORTCUTS.map(([keys, action]) => (
            <tr key={keys}>
              <th scope="row" style={{ whiteSpace: 'normal' }}>
                {keys}
              </th>
              <td style={{ whiteSpace: 'normal' }}>{action}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <button type="button" className="primary" onClick={onClose}>
        Close
      </button>
    </dialog>
  );
}
