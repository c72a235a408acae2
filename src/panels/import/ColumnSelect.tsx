/** A labelled choice of one column of the imported table (by header, numbered from 1). */

interface ColumnSelectProps {
  id: string;
  label: string;
  header: readonly string[];
  value: number;
  onChange: (column: number) => void;
}

/** Column `value` (0-based) of `header`; blank headers show as "Column n". */
export function ColumnSelect({ id, label, header, value, onChange }: ColumnSelectProps) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {value < 0 || value >= header.length ? <option value={value}>(none)</option> : null}
        {header.map((h, i) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: columns are positional.
          <option key={i} value={i}>
            {i + 1}: {h || `Column ${i + 1}`}
          </option>
        ))}
      </select>
    </>
  );
}
