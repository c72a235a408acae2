import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findHeaderRow, isStatisticsRow } from './headerRow';
import { parseRows, readTable, sniffDelimiter, stripBom } from './readTable';

const fixture = (name: string): string =>
  readFileSync(path.resolve(import.meta.dirname, 'fixtures', name), 'utf8');

describe('readTable', () => {
  it('strips the BOM, sniffs ";" and guesses decimal commas', () => {
    const t = readTable('\uFEFFx_mm;y_mm;thickness_nm\r\n1,5;2,0;25,1\r\n-3,25;0;24,9');
    expect(t.delimiter).toBe(';');
    expect(t.header).toEqual(['x_mm', 'y_mm', 'thickness_nm']);
    expect(t.header.some((h) => h.includes('\uFEFF'))).toBe(false);
    expect(t.headerLine).toBe(1);
    expect(t.rows).toEqual([
      { line: 2, cells: ['1,5', '2,0', '25,1'] },
      { line: 3, cells: ['-3,25', '0', '24,9'] },
    ]);
    expect(t.decimalCommaGuess).toBe(true);
  });

  it('skips # comment lines and keeps quoted commas and quotes intact', () => {
    const t = readTable(fixture('preamble-quoted.csv'));
    expect(t.delimiter).toBe(',');
    expect(t.header).toEqual(['x_mm', 'y_mm', 'thickness_nm', 'tool']);
    expect(t.headerLine).toBe(4);
    expect(t.rows).toEqual([
      { line: 5, cells: ['1.5', '2', '25.1', 'Widget, Mark II'] },
      { line: 6, cells: ['-3', '0.5', '24.9', 'Gauge "Pro", v2'] },
      { line: 7, cells: ['0', '0', '25', 'Plain'] },
    ]);
    expect(t.decimalCommaGuess).toBe(false);
  });

  it('skips a key/value preamble and blank lines before the header', () => {
    const text = [
      'MACHINE TYPE: ,KLA-F5x,,',
      'Cassette: ,300mm Blanket,,',
      ',,,',
      'Site,X (cm),Y (cm),Rs [ohm/sq]',
      '1,0,0,12.5',
      '2,1.5,0,12.7',
    ].join('\n');
    const t = readTable(text);
    expect(t.headerLine).toBe(4);
    expect(t.header).toEqual(['Site', 'X (cm)', 'Y (cm)', 'Rs [ohm/sq]']);
    expect(t.rows.map((r) => r.line)).toEqual([5, 6]);
  });

  it('reads tab-separated text and sets statistics rows aside', () => {
    const t = readTable(fixture('completeease-map.txt'));
    expect(t.delimiter).toBe('\t');
    expect(t.headerLine).toBe(1);
    expect(t.header[1]).toBe('Point #');
    expect(t.statisticsRows.map((r) => r.cells[0])).toEqual([
      'Average',
      'Min',
      'Max',
      'Std. Dev.',
      '% Range',
      '% Uniformity',
    ]);
    expect(t.rows).toHaveLength(9);
    expect(t.rows[0]?.line).toBe(8);
    expect(t.rows[0]?.cells.slice(0, 2)).toEqual(['(-0.000,-0.000)', '1']);
  });

  it('counts the lines of a quoted field that spans lines', () => {
    const t = readTable('x,y,note\r\n1,2,"two\r\nlines"\r\n3,4,ok\r\n');
    expect(t.rows).toEqual([
      { line: 2, cells: ['1', '2', 'two\nlines'] },
      { line: 4, cells: ['3', '4', 'ok'] },
    ]);
  });

  it('reports an unterminated quote instead of silently swallowing the lines after it', () => {
    const t = readTable('x,y,t\n1,2,3\n4,5,"6\n7,8,9\n');
    expect(t.parseErrors).toEqual([{ line: 3, message: 'Quoted field unterminated' }]);
    expect(t.rows.map((r) => r.line)).toEqual([2, 3]);
  });

  it('takes the delimiter and the header line from the options', () => {
    const text = 'title;a,b\nx,y,t\n1,2,3\n';
    const t = readTable(text, { delimiter: ';', headerLine: 1 });
    expect(t.delimiter).toBe(';');
    expect(t.header).toEqual(['title', 'a,b']);
    expect(t.rows).toEqual([
      { line: 2, cells: ['x,y,t'] },
      { line: 3, cells: ['1,2,3'] },
    ]);
  });

  it('accepts data rows that end with an extra delimiter', () => {
    const t = readTable('x,y,t\r\n1,2,3,\r\n4,5,6,\r\n');
    expect(t.headerLine).toBe(1);
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['1', '2', '3', ''],
      ['4', '5', '6', ''],
    ]);
  });

  it('gives no header and no rows for text without a table', () => {
    const t = readTable('just a note\n');
    expect(t.header).toEqual([]);
    expect(t.headerLine).toBeNull();
    expect(t.rows).toEqual([]);
    expect(t.allRows).toEqual([{ line: 1, cells: ['just a note'] }]);
  });
});

describe('findHeaderRow', () => {
  const rows = (lines: string[][]) => lines.map((cells, i) => ({ line: i + 1, cells }));

  it('wants mostly text over mostly numbers of the same width', () => {
    const r = rows([
      ['Lot', 'A12'],
      ['x', 'y', 'value'],
      ['1', '2', 'N/A'],
    ]);
    expect(findHeaderRow(r)).toEqual({ index: 1, strict: true });
  });

  it('does not take a # column title for a comment', () => {
    expect(
      findHeaderRow(
        rows([
          ['#', 'x', 'y'],
          ['1', '0', '0'],
        ]),
      ),
    ).toEqual({
      index: 0,
      strict: true,
    });
  });

  it('falls back to a text row followed by a row of the same width', () => {
    const r = rows([
      ['name', 'unit', 'x'],
      ['Rs', 'ohm/sq', '3'],
    ]);
    expect(findHeaderRow(r)).toEqual({ index: 0, strict: false });
  });

  it('finds nothing in numbers only', () => {
    expect(
      findHeaderRow(
        rows([
          ['1', '2'],
          ['3', '4'],
        ]),
      ),
    ).toBeNull();
  });
});

describe('isStatisticsRow', () => {
  it.each([
    [['Average', 'N/A', '1.2'], true],
    [['Std. Dev.', '0.5'], true],
    [['%Range', '3'], true],
    [['MEAN:', '9.78'], true],
    [['Mean', 'n/a'], false],
    [['Slot01', '9.78'], false],
  ])('%j → %s', (cells, expected) => {
    expect(isStatisticsRow(cells)).toBe(expected);
  });
});

describe('parseRows and sniffDelimiter', () => {
  it('numbers lines through CR, LF and CRLF breaks', () => {
    expect(parseRows('a\rb\nc\r\nd', ',')).toEqual([
      { line: 1, cells: ['a'] },
      { line: 2, cells: ['b'] },
      { line: 3, cells: ['c'] },
      { line: 4, cells: ['d'] },
    ]);
  });

  it('sniffs tab, ";" and ","', () => {
    expect(sniffDelimiter('x\ty\tt\n1,5\t2\t3\n')).toBe('\t');
    expect(sniffDelimiter('x;y;t\n1,5;2;3\n')).toBe(';');
    expect(sniffDelimiter('x,y,t\n1.5,2,3\n')).toBe(',');
  });

  it('removes every BOM', () => {
    expect(stripBom('\uFEFFa,\uFEFFb')).toBe('a,b');
  });
});
