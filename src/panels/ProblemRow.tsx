/**
 * A row's problems, in a full-width row under it, so they can be read at any table width (the
 * row being edited names it with `aria-describedby`). Shared by the staged and the records table.
 */
import type { ReactNode } from 'react';

/**
 * `id` for aria-describedby; `columns` is how many columns the messages span; `after`, cells
 * that follow (for columns a narrow panel hides: a span over a hidden column would add one).
 */
export function ProblemRow(props: {
  id: string;
  messages: string[];
  columns: number;
  after?: ReactNode;
}) {
  return (
    <tr className="row-problems">
      <td colSpan={props.columns} id={props.id}>
        {props.messages.map((m) => (
          <span key={m} className="field-error">
            {m}
          </span>
        ))}
      </td>
      {props.after}
    </tr>
  );
}
