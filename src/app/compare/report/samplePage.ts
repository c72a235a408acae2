/**
 * A sample's page of the lot report: its name and the ISO dates, the map to scale (site numbers,
 * ▲/▼ outside its spec limits, the notch on top) with the shared colour bar and its limits, the
 * statistics block and the method line.
 */
import type { jsPDF } from 'jspdf';
import { isoDate, isoDateOf } from '../../../domain/isoDate';
import { methodLine, statLines } from '../../../domain/stats/mapFacts';
import { REPORT_FONT } from './pdfFonts';
import { sampleMapImage } from './reportImages';
import { type LotReportInput, PAGE, type ReportSample } from './reportTypes';

const INK: [number, number, number] = [31, 39, 51];
const MUTED: [number, number, number] = [91, 102, 117];

/** Draw `sample`'s page on the current page of `doc`. */
export function drawSamplePage(doc: jsPDF, input: LotReportInput, sample: ReportSample): void {
  const m = PAGE.marginMm;
  const width = PAGE.widthMm - 2 * m;
  doc.setFont(REPORT_FONT, 'bold');
  doc.setFontSize(15);
  doc.setTextColor(...INK);
  doc.text(sample.name, m, m + 4);
  doc.setFont(REPORT_FONT, 'normal');
  doc.setFontSize(9);
  doc.text(isoDate(input.generatedAt), PAGE.widthMm - m, m + 4, { align: 'right' });
  doc.setTextColor(...MUTED);
  const created = isoDateOf(sample.createdAt);
  const facts = [
    `${input.propertyName}${input.unit ? ` (${input.unit})` : ''}`,
    sample.slot === null ? null : `slot ${sample.slot}`,
    created ? `sample created ${created}` : null,
    sample.outlineNote,
  ].filter((f): f is string => !!f);
  doc.text(facts.join(' · '), m, m + 10);

  const image = sampleMapImage({
    name: sample.name,
    outline: sample.outline,
    sites: sample.sites,
    field: sample.field,
    limits: sample.limits,
    scale: input.scale,
    propertyName: input.propertyName,
    unit: input.unit || null,
    sizePx: 460,
  });
  const h = (width * image.heightPx) / image.widthPx;
  doc.addImage(image.dataUrl, image.format, m, m + 14, width, h);

  let y = m + 14 + h + 8;
  doc.setFont(REPORT_FONT, 'bold');
  doc.setFontSize(10);
  doc.setTextColor(...INK);
  doc.text('Statistics', m, y);
  doc.setFont(REPORT_FONT, 'normal');
  doc.setFontSize(8.5);
  const lines = statLines(sample.values, input.unit || null, input.definition, sample.limits);
  const limits = sample.limits;
  const u = input.unit ? ` ${input.unit}` : '';
  lines.push({
    label: 'spec limits',
    value:
      limits.lsl === undefined && limits.usl === undefined
        ? 'none set'
        : `LSL ${limits.lsl ?? '—'}${u} · USL ${limits.usl ?? '—'}${u}`,
  });
  const half = Math.ceil(lines.length / 2);
  lines.forEach((line, i) => {
    const x = i < half ? m : m + width / 2;
    const ly = y + 5 + (i % half) * 4.6;
    doc.setTextColor(...MUTED);
    doc.text(line.label, x, ly);
    doc.setTextColor(...INK);
    doc.text(line.value, x + width / 2 - 6, ly, { align: 'right' });
  });
  y += 5 + half * 4.6 + 4;
  doc.setFontSize(8);
  doc.setTextColor(...MUTED);
  const method = doc.splitTextToSize(
    `${methodLine({ interpolation: sample.interpolation, edgeExclusionMm: sample.outline.edgeExclusionMm })}. Numbers beside the sites are the site numbers; ▲ above USL, ▼ below LSL; the notch or flat is marked by a dark pointer outside the edge.`,
    width,
  ) as string[];
  doc.text(method, m, y);
}
