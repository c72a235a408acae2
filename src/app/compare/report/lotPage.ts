/**
 * The lot page of the report: title and date, the trend charts, the lot summary with its
 * formulas, and the comparison table (continued on further pages when it is longer than one).
 */

import type { jsPDF } from 'jspdf';
import { formatValue } from '../../../domain/color/colorBarLabels';
import { isoDate, isoDateOf } from '../../../domain/isoDate';
import { middleEllipsis } from '../../../domain/lot/axisLabels';
import type { ComparisonRow } from '../../../domain/lot/comparisonTable';
import { columnDecimals, lotDecimals } from '../../../domain/lot/tableFormat';
import { NON_UNIFORMITY_DEFINITIONS } from '../../../domain/stats/uniformity';
import { statDecimalsOf } from '../../../domain/values/decimalPrecision';
import { formatStat } from '../../../domain/values/formatStat';
import { counted } from '../../../domain/values/plural';
import { lotFigures } from '../../../panels/compare/LotSummaryPanel';
import { REPORT_FONT } from './pdfFonts';
import type { ReportImage } from './reportImages';
import { type LotReportInput, PAGE } from './reportTypes';

const INK: [number, number, number] = [31, 39, 51];
const MUTED: [number, number, number] = [91, 102, 117];
const ROW_MM = 4.3;

interface Column {
  header: string;
  widthMm: number;
  cell: (r: ComparisonRow) => string;
  align: 'left' | 'right';
}

function columns(input: LotReportInput): Column[] {
  const u = input.unit ? ` (${input.unit})` : '';
  const data = lotDecimals(input.rows);
  const d = (key: 'mean' | 'sd' | 'min' | 'max' | 'range' | 'pctSd' | 'nonUniformity') =>
    columnDecimals(key, data);
  const value = (
    key: 'mean' | 'sd' | 'min' | 'max' | 'range',
    header: string,
    widthMm = 19,
  ): Column => {
    const decimals = d(key);
    return {
      header: `${header}${u}`,
      widthMm,
      cell: (r) => formatStat(r[key], decimals),
      align: 'right',
    };
  };
  return [
    { header: 'Sample', widthMm: 31, cell: (r) => r.name, align: 'left' },
    {
      header: 'Slot',
      widthMm: 9,
      cell: (r) => (r.slot === null ? '—' : String(r.slot)),
      align: 'right',
    },
    { header: 'Date', widthMm: 18, cell: (r) => isoDateOf(r.date) ?? '—', align: 'right' },
    { header: 'n', widthMm: 8, cell: (r) => String(r.n), align: 'right' },
    value('mean', 'Mean'),
    // Wider: its header, with the unit, is the longest of the table.
    value('sd', 'σ (n−1)', 24),
    value('min', 'Min'),
    value('max', 'Max'),
    value('range', 'Range'),
    { header: '%σ', widthMm: 11, cell: (r) => formatStat(r.pctSd, d('pctSd')), align: 'right' },
    {
      header: 'NU (%)',
      widthMm: 13,
      cell: (r) => formatStat(r.nonUniformity, d('nonUniformity')),
      align: 'right',
    },
  ];
}

/**
 * Shorten `text` with an ellipsis in the middle to fit `widthMm` in the current font, keeping its
 * distinguishing end (a lot's names differ at the end: "T3 Nat…xide S01").
 */
function fitText(doc: jsPDF, text: string, widthMm: number): string {
  if (doc.getTextWidth(text) <= widthMm) return text;
  let n = [...text].length - 1;
  while (n > 5 && doc.getTextWidth(middleEllipsis(text, n)) > widthMm) n -= 1;
  return middleEllipsis(text, n);
}

/** The table from y; a new page (with the header again) when the page is full. Returns the end y. */
function drawTable(doc: jsPDF, input: LotReportInput, top: number): number {
  const cols = columns(input);
  const scale = (PAGE.widthMm - 2 * PAGE.marginMm) / cols.reduce((w, c) => w + c.widthMm, 0);
  const header = (y: number) => {
    doc.setFont(REPORT_FONT, 'bold');
    doc.setFontSize(7);
    doc.setTextColor(...MUTED);
    let x = PAGE.marginMm;
    for (const c of cols) {
      const w = c.widthMm * scale;
      doc.text(fitText(doc, c.header, w - 1), c.align === 'left' ? x : x + w - 1, y, {
        align: c.align,
      });
      x += w;
    }
    doc.setDrawColor(200, 205, 214);
    doc.line(PAGE.marginMm, y + 1.4, PAGE.widthMm - PAGE.marginMm, y + 1.4);
    return y + ROW_MM + 0.6;
  };
  let y = header(top);
  for (const row of input.rows) {
    if (y > PAGE.heightMm - 18) {
      doc.addPage('a4', 'portrait');
      y = header(PAGE.marginMm + 6);
    }
    doc.setFont(REPORT_FONT, 'normal');
    doc.setFontSize(7.5);
    doc.setTextColor(...INK);
    let x = PAGE.marginMm;
    for (const c of cols) {
      const w = c.widthMm * scale;
      doc.text(fitText(doc, c.cell(row), w - 1), c.align === 'left' ? x : x + w - 1, y, {
        align: c.align,
      });
      x += w;
    }
    y += ROW_MM;
  }
  return y;
}

/** The lot summary's figures with their formulas, two columns. Returns the end y. */
function drawSummary(doc: jsPDF, input: LotReportInput, top: number): number {
  const u = input.unit ? ` ${input.unit}` : '';
  const stat = statDecimalsOf(lotDecimals(input.rows));
  doc.setFont(REPORT_FONT, 'bold');
  doc.setFontSize(10);
  doc.setTextColor(...INK);
  doc.text('Lot summary', PAGE.marginMm, top);
  let y = top + 5;
  doc.setFontSize(7.5);
  for (const f of lotFigures(input.lot)) {
    doc.setFont(REPORT_FONT, 'normal');
    doc.setTextColor(...INK);
    doc.text(
      `${f.label}: ${f.value === null ? '—' : `${formatStat(f.value, stat)}${u}`}`,
      PAGE.marginMm,
      y,
    );
    doc.setTextColor(...MUTED);
    doc.text(f.formula, PAGE.marginMm + 72, y);
    y += 4;
  }
  doc.setTextColor(...MUTED);
  doc.text(
    `${counted(input.lot.waferCount, 'sample')}, ${counted(input.lot.valueCount, 'value')}; one-way random-effects ANOVA (NIST/SEMATECH e-Handbook §7.4.4; n₀ = ${input.lot.n0 === null ? '—' : formatValue(input.lot.n0)}).`,
    PAGE.marginMm,
    y,
  );
  return y + 3;
}

/** The lot page (see the module comment). `charts`: mean ± σ, then non-uniformity. */
export function drawLotPage(
  doc: jsPDF,
  input: LotReportInput,
  charts: readonly ReportImage[],
): void {
  const m = PAGE.marginMm;
  const width = PAGE.widthMm - 2 * m;
  const u = input.unit ? ` (${input.unit})` : '';
  doc.setFont(REPORT_FONT, 'bold');
  doc.setFontSize(15);
  doc.setTextColor(...INK);
  doc.text(`Lot report: ${input.propertyName}${u}`, m, m + 4);
  doc.setFont(REPORT_FONT, 'normal');
  doc.setFontSize(9);
  doc.text(isoDate(input.generatedAt), PAGE.widthMm - m, m + 4, { align: 'right' });
  doc.setTextColor(...MUTED);
  const nu = NON_UNIFORMITY_DEFINITIONS.find((d) => d.id === input.definition);
  const lines = doc.splitTextToSize(
    `${input.samples.length} samples, ${input.orderText}. Non-uniformity: ${nu?.formula ?? ''}. Spec limits: ${input.limitsSummary}.`,
    width,
  ) as string[];
  doc.text(lines, m, m + 10);
  let y = m + 12 + lines.length * 3.6;
  for (const chart of charts) {
    const h = (width * chart.heightPx) / chart.widthPx;
    doc.addImage(chart.dataUrl, chart.format, m, y, width, h);
    y += h + 1;
  }
  y = drawSummary(doc, input, y + 4);
  doc.setFont(REPORT_FONT, 'bold');
  doc.setFontSize(10);
  doc.setTextColor(...INK);
  doc.text('Comparison', m, y + 4);
  drawTable(doc, input, y + 9);
}
