/**
 * Cells that were reported instead of read (dates, formulas, error values such as #N/A, text
 * that is not a number, blank values): sheet, cell, row and column, and why. Their points are left without that value; none
 * is ever read as 0.
 */
import { columnLetters, type SheetCellError } from '../../io/xlsx/sheetTable';

const KIND_TEXT: Record<SheetCellError['kind'], string> = {
  date: 'a date',
  formula: 'a formula',
  error: 'an error value',
  unreadable: 'text that is not a number',
  blank: 'nothing',
};

export function CellErrors({ errors }: { errors: readonly SheetCellError[] }) {
  if (errors.length === 0) return null;
  return (
    <section className="import-section" aria-labelledby="cassette-cell-errors">
      <h3 id="cassette-cell-errors">
        Cell errors ({errors.length}): not imported, never read as 0
      </h3>
      <div className="table-scroll cassette-cell-errors">
        <table className="data-table" aria-label="Cell errors">
          <thead>
            <tr>
              <th scope="col">Sheet</th>
              <th scope="col">Cell</th>
              <th scope="col" className="num">
                Row
              </th>
              <th scope="col">Column</th>
              <th scope="col">Holds</th>
              <th scope="col">Problem</th>
            </tr>
          </thead>
          <tbody>
            {errors.map((e) => (
              <tr key={`${e.sheet}!${e.address}`}>
                <td>{e.sheet}</td>
                <td>{e.address}</td>
                <td className="num">{e.row}</td>
                <td>{columnLetters(e.column)}</td>
                <td>
                  {KIND_TEXT[e.kind]}: <code>{e.text}</code>
                </td>
                <td className="wrap">{e.message}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
