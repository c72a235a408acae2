/**
 * The Save / Cancel cell of a table row being edited, shared by the staged and stored tables so
 * both edit rows look and behave alike. When the edit ends (saved or cancelled) and focus was in
 * the row, focus goes to the Edit button of the row shown in its place, so a keyboard user keeps
 * their place in the table instead of landing on the page.
 */
import { useLayoutEffect, useRef } from 'react';

/** The Edit button of a display row (both tables give it `title="Edit"`). */
const EDIT_BUTTON = 'button[title="Edit"]';

/** How long a row may show "Saving…" before its Edit button is back and can take focus. */
const WAIT_MS = 10_000;

/**
 * Focus the Edit button of the row `findRow` gives, as soon as it exists (a stored row shows
 * "Saving…" until the server answers), unless the user has put focus somewhere meanwhile.
 */
function focusEditButtonWhenBack(section: Element, findRow: () => Element | null | undefined) {
  const doc = section.ownerDocument;
  const userMovedOn = () => {
    const active = doc.activeElement;
    return active !== null && active !== doc.body && active.isConnected;
  };
  const tryFocus = (): boolean => {
    if (userMovedOn()) return true;
    const button = findRow()?.querySelector(EDIT_BUTTON);
    if (!(button instanceof HTMLElement)) return false;
    button.focus();
    return true;
  };
  if (tryFocus()) return;
  const observer = new MutationObserver(() => {
    if (tryFocus()) stop();
  });
  const timer = setTimeout(() => stop(), WAIT_MS);
  const stop = () => {
    observer.disconnect();
    clearTimeout(timer);
  };
  observer.observe(section, { childList: true, subtree: true });
}

/** The Save and Cancel buttons of an edit row (see the module comment). */
export function RowEditActions(props: { onSave: () => void; onCancel: () => void }) {
  const cell = useRef<HTMLTableCellElement>(null);
  useLayoutEffect(() => {
    const row = cell.current?.closest('tr');
    const section = row?.parentElement;
    const index = row?.sectionRowIndex ?? -1;
    if (!row || !section || index < 0) return;
    // A stored record's row keeps its id when it moves (the table may re-sort after a save).
    const recordId = row.getAttribute('data-record-id');
    const findRow = () =>
      recordId !== null
        ? section.querySelector(`tr[data-record-id="${CSS.escape(recordId)}"]`)
        : section.querySelectorAll('tr')[index];
    // Whether focus is in the row, followed as it moves: when the row closes, the focused field
    // may already be gone from the document (and focus with it) before this cleanup runs.
    let focused = row.contains(row.ownerDocument.activeElement);
    const onFocusIn = () => {
      focused = true;
    };
    const onFocusOut = (e: FocusEvent) => {
      // No related target: focus went nowhere (its element was removed); keep the row's claim.
      if (e.relatedTarget instanceof Node && !row.contains(e.relatedTarget)) focused = false;
    };
    row.addEventListener('focusin', onFocusIn);
    row.addEventListener('focusout', onFocusOut);
    return () => {
      row.removeEventListener('focusin', onFocusIn);
      row.removeEventListener('focusout', onFocusOut);
      // After the key event that closed the row: Enter's keypress would click the Edit button
      // (and reopen the row) if it had focus already.
      if (focused) setTimeout(() => focusEditButtonWhenBack(section, findRow), 0);
    };
  }, []);
  return (
    <td ref={cell}>
      <div className="row-actions">
        <button type="button" onClick={props.onSave}>
          Save
        </button>
        <button type="button" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </td>
  );
}
