import { describe, expect, it } from 'vitest';
import { klaPlanInput } from '../../testing/klaLot';
import { type SheetCell, sheetToTable } from '../xlsx/sheetTable';
import { planLot } from './lotPlan';
import { cassetteFromTable } from './readCassette';
import { sourceSheetName } from './unreadCells';

const api = { isDateFormat: () => false, formatDateSerial: () => '2026-05-06' };
const n = (v: number): SheetCell => ({ t: 'n', v });
const s = (v: string): SheetCell => ({ t: 's', v });

/** The tester's sheet "Lot 7734" (mkxlsx.cjs): three slots of 5 rows, D3 … D6 unreadable. */
function testerSheet() {
  const rows: SheetCell[][] = [[s('Slot'), s('X (mm)'), s('Y (mm)'), s('Thickness (nm)')]];
  for (const slot of ['Slot 02', 'Slot 10', 'slot_7']) {
    for (let i = 0; i < 5; i++) {
      rows.push([s(slot), n(i * 10 - 20), n(0), n(100 + i + (slot === 'Slot 10' ? 1.25 : 0))]);
    }
  }
  const d = (r: number, cell: SheetCell) => {
    const row = rows[r - 1];
    if (row) row[3] = cell;
  };
  d(3, { t: 'd', v: new Date(Date.UTC(2026, 4, 6)) });
  d(4, { t: 'e', v: 0x2a, w: '#N/A' });
  d(5, { t: 'n', v: 102, f: 'D2+2' });
  d(6, s('103,5'));
  return sheetToTable('Lot 7734', rows, api);
}

describe('every unreadable cell is named', () => {
  it('the tester’s workbook: 4 cells counted, 4 listed, the decimal comma said as such', () => {
    const { table, cellErrors } = testerSheet();
    expect(cellErrors.map((e) => e.address)).toEqual(['D3', 'D4', 'D5']);
    const cassette = cassetteFromTable(table, 'lot.xlsx › Lot 7734');
    const plan = planLot(klaPlanInput(cassette, { sourceType: '' }, { cellErrors }));
    const slot02 = plan.wafers.find((w) => w.wafer.waferId === 'Slot 02');
    expect(slot02?.warnings).toContain(
      '4 cells could not be read (4 rows skipped); the spreadsheet’s cell errors are listed below.',
    );
    const listed = [...(slot02?.cellErrors ?? []), ...(slot02?.unreadCells ?? [])];
    expect(listed.map((e) => e.address)).toEqual(['D3', 'D4', 'D5', 'D6']);
    expect(slot02?.unreadCells).toEqual([
      {
        sheet: 'Lot 7734',
        row: 6,
        column: 3,
        address: 'D6',
        kind: 'unreadable',
        text: '103,5',
        message:
          'Lot 7734!D6 holds the text “103,5”: a decimal comma, while the sheet’s other numbers use a decimal point, so it was not read (write 103.5 or store it as a number).',
      },
    ]);
  });

  it('the sheet of a source', () => {
    expect(sourceSheetName('lot.xlsx › Lot 7734')).toBe('Lot 7734');
    expect(sourceSheetName('lot.csv')).toBe('lot.csv');
  });
});
