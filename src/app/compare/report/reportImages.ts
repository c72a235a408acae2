/**
 * The pictures of the lot report: a sample's map with its colour bar and legend (the PNG
 * export's picture, composeMapImage, over a drawMiniMap map with the field, ▲/▼ and site
 * numbers; JPEG), and the trend charts (Observable Plot's SVG rasterised; PNG), for jsPDF.
 */
import { composeMapImage } from '../../../canvas/mapImage';
import { drawMiniMap, type MiniMapField, type MiniMapSite } from '../../../canvas/miniMap';
import type { ColorScale } from '../../../domain/color/colorScale';
import type { SpecLimits } from '../../../domain/color/specLimits';
import { describeOutline, type SampleOutline } from '../../../domain/geometry/outline';

/** An encoded picture as a data URL, its format for jsPDF, and its size in CSS px. */
export interface ReportImage {
  dataUrl: string;
  format: 'PNG' | 'JPEG';
  widthPx: number;
  heightPx: number;
}

/** Image px per CSS px of the report's pictures (sharp in print). */
const RATIO = 2.5;

/** What a sample page's picture shows. */
export interface SampleMapRequest {
  name: string;
  outline: SampleOutline;
  sites: readonly MiniMapSite[];
  field: MiniMapField | null;
  limits: SpecLimits;
  scale: ColorScale;
  propertyName: string;
  unit: string | null;
  /** Map size in CSS px (square). */
  sizePx: number;
}

/** The sample's map with the colour bar (spec limits marked), legend and title band. */
export function sampleMapImage(r: SampleMapRequest): ReportImage {
  const map = document.createElement('canvas');
  map.width = Math.round(r.sizePx * RATIO);
  map.height = Math.round(r.sizePx * RATIO);
  const ctx = map.getContext('2d');
  if (!ctx) throw new Error('This browser cannot draw on a canvas.');
  drawMiniMap(ctx, {
    outline: r.outline,
    sites: r.sites,
    scale: r.scale,
    widthPx: r.sizePx,
    heightPx: r.sizePx,
    pixelRatio: RATIO,
    field: r.field,
    limits: r.limits,
    siteLabels: true,
    siteRadiusPx: 4.5,
    labelPx: 9,
    marginPx: 20,
  });
  const canvas = composeMapImage(map, RATIO, {
    title: describeOutline(r.outline),
    subtitle: 'Numbers beside the sites: site numbers',
    colorBar: { scale: r.scale, propertyName: r.propertyName, unit: r.unit, limits: r.limits },
    legend: ['stored'],
    footer: 'One colour scale for every sample of the report',
  });
  // JPEG: a tenth of the PNG's size for a smooth field, and jsPDF embeds it without re-encoding.
  return {
    dataUrl: canvas.toDataURL('image/jpeg', 0.92),
    format: 'JPEG',
    widthPx: canvas.width / RATIO,
    heightPx: canvas.height / RATIO,
  };
}

/** An SVG element (e.g. a Plot chart) drawn onto a white canvas and encoded as PNG. */
export async function svgImage(svg: Element): Promise<ReportImage> {
  const widthPx = Number(svg.getAttribute('width')) || 800;
  const heightPx = Number(svg.getAttribute('height')) || 300;
  const clone = svg.cloneNode(true) as Element;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const text = new XMLSerializer().serializeToString(clone);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(widthPx * RATIO);
    canvas.height = Math.round(heightPx * RATIO);
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('This browser cannot draw on a canvas.');
    ctx.fillStyle = '#ffffff';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    ctx.drawImage(image, 0, 0, canvas.width, canvas.height);
    return { dataUrl: canvas.toDataURL('image/png'), format: 'PNG', widthPx, heightPx };
  } finally {
    URL.revokeObjectURL(url);
  }
}
