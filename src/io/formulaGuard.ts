/**
 * Spreadsheet-formula guard for exported text (CSV injection: a cell such as `=HYPERLINK(…)`
 * or `@SUM(…)` runs as a formula when the file is opened in Excel or Sheets). Following the
 * OWASP "CSV Injection" advice, text cells starting with = + - @ tab or CR are written with a
 * leading apostrophe, which spreadsheets show as text; numbers are never touched. The importer
 * takes the apostrophe off again, so an export still reads back as the same names.
 */

/** Text cells this matches get a leading `'` on export (papaparse's `escapeFormulae`). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** `'=x` → `=x` (a cell escaped by our export); any other text is returned unchanged. */
export function unescapeFormulaText(text: string): string {
  return text.startsWith("'") && FORMULA_START.test(text.slice(1)) ? text.slice(1) : text;
}
