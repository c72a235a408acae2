/**
 * The lot report as one PDF (jsPDF 4, MIT; loaded with this module only when a report is made):
 * a lot page (trend charts, lot summary with formulas, the comparison table; continued on more
 * pages when the table is long), then one page per sample: its map to scale with the colour bar,
 * spec limits and site numbers, its statistics, the method and the ISO date. A4 portrait, mm.
 */
import { jsPDF } from 'jspdf';
import { isoDate, isoDateTime } from '../../../domain/isoDate';
import { trendCharts } from '../../../panels/compare/trendPlot';
import { drawLotPage } from './lotPage';
import { addReportFont, REPORT_FONT } from './pdfFonts';
import { svgImage } from './reportImages';
import { type LotReportInput, PAGE } from './reportTypes';
import { drawSamplePage } from './samplePage';

export type { LotReportInput, ReportSample } from './reportTypes';

/** Footer of every page: what, page x of n, when. */
function drawFooters(doc: jsPDF, input: LotReportInput) {
  const pages = doc.getNumberOfPages();
  for (let i = 1; i <= pages; i++) {
    doc.setPage(i);
    doc.setFont(REPORT_FONT, 'normal');
    doc.setFontSize(7.5);
    doc.setTextColor(91, 102, 117);
    const y = PAGE.heightMm - 8;
    doc.text(`Wafer Annotator lot report · ${input.propertyName}`, PAGE.marginMm, y);
    doc.text(
      `page ${i} of ${pages} · made ${isoDateTime(input.generatedAt)}`,
      PAGE.widthMm - PAGE.marginMm,
      y,
      {
        align: 'right',
      },
    );
  }
}

/**
 * The report as a PDF Blob. `onProgress(done, total)` is told after each sample page. Throws when
 * the font cannot be loaded or the browser cannot draw a canvas.
 */
export async function buildLotReport(
  input: LotReportInput,
  onProgress?: (done: number, total: number) => void,
): Promise<Blob> {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  await addReportFont(doc);
  doc.setProperties({
    title: `Lot report: ${input.propertyName} (${input.samples.length} samples, ${isoDate(input.generatedAt)})`,
    subject: `Comparison of ${input.samples.map((s) => s.name).join(', ')}`,
    creator: 'Wafer Annotator',
  });
  const [mean, nu] = trendCharts(input.series, {
    widthPx: 900,
    // Shorter labels and a lower plot than on screen: the lot page keeps the table of 25 samples.
    heightPx: 230,
    maxLabelChars: 16,
    propertyName: input.propertyName,
  });
  const charts = await Promise.all([mean, nu].filter((c): c is Element => !!c).map(svgImage));
  drawLotPage(doc, input, charts);
  for (const [i, sample] of input.samples.entries()) {
    doc.addPage('a4', 'portrait');
    drawSamplePage(doc, input, sample);
    onProgress?.(i + 1, input.samples.length);
    // Let the page paint the progress between samples.
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  drawFooters(doc, input);
  return doc.output('blob');
}
