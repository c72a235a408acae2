/**
 * The files of a cassette import, read into a Cassette: text files (decoded as the single import
 * decodes them) through readCassette, or one Excel workbook through openWorkbook (SheetJS is
 * loaded only then) and cassetteFromTable for the chosen sheet, with its cell errors. Property
 * names go through the lab's vocabulary as the files are read.
 */
import { useCallback, useRef, useState } from 'react';
import { type CassetteFile, cassetteFromTable, readCassette } from '../../io/cassette/readCassette';
import type { Cassette } from '../../io/cassette/types';
import { importSizeProblem } from '../../io/importLimits';
import { suggestPropertyName } from '../../io/vocabulary';
import { openWorkbook, type Workbook } from '../../io/xlsx/readWorkbook';
import type { SheetCellError } from '../../io/xlsx/sheetTable';
import { readSource } from '../import/readSource';
import { useKnownProperties } from '../units/knownProperties';

export interface CassetteSource {
  files: Array<{ name: string; bytes: number }>;
  sheets: Workbook['sheets'] | null;
  sheet: string | null;
  cassette: Cassette | null;
  cellErrors: SheetCellError[];
  /** Notes on reading (an encoding guessed). */
  notes: string[];
  error: string | null;
  busy: string | null;
  /** Bumped for every new cassette, so the plan below it starts afresh. */
  generation: number;
}

const EMPTY: CassetteSource = {
  files: [],
  sheets: null,
  sheet: null,
  cassette: null,
  cellErrors: [],
  notes: [],
  error: null,
  busy: null,
  generation: 0,
};

const WORKBOOK_NAME = /\.(?:xlsx|xlsm|xls|ods)$/i;
const messageOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

/** The sheet to open first: the visible one with the most cells. */
function firstSheet(sheets: Workbook['sheets']): string | null {
  const visible = sheets.filter((s) => !s.hidden);
  const pool = visible.length > 0 ? visible : sheets;
  const best = [...pool].sort((a, b) => b.rowCount * b.columnCount - a.rowCount * a.columnCount)[0];
  return best?.name ?? null;
}

export function useCassetteSource() {
  const [source, setSource] = useState<CassetteSource>(EMPTY);
  const book = useRef<Workbook | null>(null);
  const known = useKnownProperties();
  const generation = useRef(0);

  const options = useCallback(() => {
    const names = known();
    return {
      propertyName: (_header: string, suggested: string) =>
        suggestPropertyName(suggested, names).name,
    };
  }, [known]);

  const readSheet = useCallback(
    (workbook: Workbook, name: string, files: CassetteSource['files']) => {
      const { table, cellErrors } = workbook.readSheet(name);
      const cassette = cassetteFromTable(table, `${workbook.fileName} › ${name}`, options());
      setSource({
        ...EMPTY,
        files,
        sheets: workbook.sheets,
        sheet: name,
        cassette,
        cellErrors,
        generation: ++generation.current,
      });
    },
    [options],
  );

  const choose = useCallback(
    async (chosen: File[]) => {
      const files = chosen.map((f) => ({ name: f.name, bytes: f.size }));
      book.current = null;
      const fail = (error: string) =>
        setSource({ ...EMPTY, files, error, generation: ++generation.current });
      const tooBig = chosen.map((f) => importSizeProblem(f.name, f.size)).find((p) => p !== null);
      if (tooBig) return fail(tooBig);
      const workbooks = chosen.filter((f) => WORKBOOK_NAME.test(f.name));
      if (workbooks.length > 0 && chosen.length > 1) {
        return fail('Choose an Excel workbook on its own; its sheets are picked next.');
      }
      setSource({
        ...EMPTY,
        files,
        busy: `Reading ${files.length === 1 ? files[0]?.name : `${files.length} files`}…`,
      });
      try {
        const first = chosen[0];
        if (first && workbooks.length === 1) {
          const workbook = await openWorkbook(await first.arrayBuffer(), first.name);
          book.current = workbook;
          const sheet = firstSheet(workbook.sheets);
          if (!sheet) return fail(`${first.name} has no sheets.`);
          return readSheet(workbook, sheet, files);
        }
        const texts: CassetteFile[] = [];
        const notes: string[] = [];
        for (const f of chosen) {
          const loaded = await readSource(f).catch((e: unknown) => {
            throw new Error(`${f.name}: ${messageOf(e)}`);
          });
          texts.push({ name: f.name, text: loaded.text });
          if (loaded.encodingWarning) notes.push(`${f.name}: ${loaded.encodingWarning}`);
        }
        const cassette = readCassette(texts, options());
        setSource({ ...EMPTY, files, cassette, notes, generation: ++generation.current });
      } catch (e) {
        fail(messageOf(e));
      }
    },
    [options, readSheet],
  );

  const chooseSheet = useCallback(
    (name: string) => {
      const workbook = book.current;
      if (!workbook) return;
      try {
        readSheet(workbook, name, source.files);
      } catch (e) {
        setSource((s) => ({ ...s, error: messageOf(e) }));
      }
    },
    [readSheet, source.files],
  );

  return { source, choose, chooseSheet };
}
