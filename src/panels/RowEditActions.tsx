/**
 * The Save / Cancel cell of a table row being edited, shared by the staged and stored tables so
 * both edit rows look and behave alike.
 */
export function RowEditActions(props: { onSave: () => void; onCancel: () => void }) {
  return (
    <td>
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
