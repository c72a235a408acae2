import { describe, expect, it } from 'vitest';
import { makeColorScale } from '../domain/color/colorScale';
import {
  composeMapImage,
  IMAGE_LAYOUT,
  type MapImageInfo,
  mapImageDescription,
  wrapText,
} from './mapImage';
import { statsLayout } from './mapImageBlocks';

function mapCanvas(widthPx: number, heightPx: number): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = widthPx;
  c.height = heightPx;
  return c;
}

/** The texts drawn with fillText on a vitest-canvas-mock context. */
function drawnTexts(canvas: HTMLCanvasElement): string[] {
  const ctx = canvas.getContext('2d') as unknown as {
    __getEvents: () => Array<{ type: string; props: { text?: string } }>;
  };
  return ctx
    .__getEvents()
    .filter((e) => e.type === 'fillText')
    .map((e) => e.props.text ?? '');
}

const scale = makeColorScale([24.8, 25.1, 25.6]);
if (!scale) throw new Error('scale');
const info: MapImageInfo = {
  title: 'Demo wafer',
  subtitle: '150 mm wafer',
  colorBar: { scale, propertyName: 'thickness', unit: 'nm' },
  legend: ['stored', 'aboveUsl', 'extrapolated'],
  footer: 'Exported today',
};

describe('composeMapImage', () => {
  it('adds the colour-bar column and the title band, at the pixel ratio', () => {
    const out = composeMapImage(mapCanvas(800, 600), 2, info);
    const { sidePx, headerPx, footerPx } = IMAGE_LAYOUT;
    expect(out.width).toBe((400 + sidePx) * 2);
    expect(out.height).toBe((300 + headerPx + footerPx) * 2);
  });

  it('draws the title, property, unit, min, max and legend', () => {
    const texts = drawnTexts(composeMapImage(mapCanvas(700, 700), 1, info));
    expect(texts).toEqual(
      expect.arrayContaining([
        'Demo wafer',
        '150 mm wafer',
        'thickness',
        'unit: nm',
        'max 25.6 nm',
        'min 24.8 nm',
        'stored',
        'above USL',
        'extrapolated (outside the sites)',
        'Exported today',
      ]),
    );
    expect(texts).not.toContain('staged (not submitted)');
  });

  it('leaves out inside ticks whose labels would touch the min or max label', () => {
    const kla = makeColorScale([9.5451, 10.4517]);
    if (!kla) throw new Error('scale');
    expect(kla.ticks).toContain(10.4);
    const bar = { scale: kla, propertyName: '1st Thickness', unit: 'nm' };
    const texts = drawnTexts(composeMapImage(mapCanvas(700, 700), 1, { ...info, colorBar: bar }));
    expect(texts).toEqual(
      expect.arrayContaining(['max 10.4517 nm', '10.2', '9.8', 'min 9.5451 nm']),
    );
    expect(texts).not.toContain('10.4');
  });

  it('leaves the colour bar out when nothing is coloured', () => {
    const texts = drawnTexts(composeMapImage(mapCanvas(700, 700), 1, { ...info, colorBar: null }));
    expect(texts.some((t) => t.startsWith('max'))).toBe(false);
  });
});

describe('composeMapImage: spec limits, statistics and method', () => {
  const kla = makeColorScale([9.5, 10.7]);
  if (!kla) throw new Error('scale');
  const full: MapImageInfo = {
    title: 'Slot01',
    subtitle: '300 mm wafer',
    colorBar: { scale: kla, propertyName: 'thickness', unit: 'nm', limits: { lsl: 9.6, usl: 12 } },
    legend: ['stored'],
    stats: [
      { label: 'n', value: '49' },
      { label: 'mean', value: '9.7878 nm' },
    ],
    method: 'Thin-plate spline · edge exclusion 3 mm',
    footer: 'Wafer Annotator · exported 2026-04-03 14:22',
  };

  it('marks LSL on the bar, names a USL off the bar, and adds ▲ and ▼ to the legend', () => {
    const texts = drawnTexts(composeMapImage(mapCanvas(600, 600), 1, full));
    expect(texts).toEqual(
      expect.arrayContaining([
        'LSL',
        'USL 12 nm (off the bar)',
        'above USL',
        'below LSL',
        'Statistics',
        'mean',
        '9.7878 nm',
        'Thin-plate spline · edge exclusion 3 mm',
        'Wafer Annotator · exported 2026-04-03 14:22',
      ]),
    );
    expect(texts).not.toContain('USL');
  });

  it('describes the picture in text: colour, limits, legend with ▲/▼, statistics, method, date', () => {
    expect(mapImageDescription(full).split('\n')).toEqual([
      '300 mm wafer',
      'Colour: thickness (nm), 9.5 to 10.7 nm',
      'Spec limits: LSL 9.6 nm, USL 12 nm',
      'Legend: stored; above USL ▲; below LSL ▼',
      'n: 49',
      'mean: 9.7878 nm',
      'Thin-plate spline · edge exclusion 3 mm',
      'Wafer Annotator · exported 2026-04-03 14:22',
    ]);
  });

  it('adds no ▲/▼ entry without limits, and keeps the side column on the canvas', () => {
    const bar = { scale: kla, propertyName: 'thickness', unit: 'nm' };
    const small = composeMapImage(mapCanvas(200, 200), 1, { ...full, colorBar: bar });
    const texts = drawnTexts(small);
    expect(texts).not.toContain('above USL');
    expect(texts).not.toContain('below LSL');
    // A map shorter than the side column grows the picture instead of cutting the column.
    expect(small.height).toBeGreaterThan(200 + IMAGE_LAYOUT.headerPx + IMAGE_LAYOUT.footerPx);
  });
});

describe('wrapText', () => {
  it('breaks a long property name into lines that fit', () => {
    const ctx = document.createElement('canvas').getContext('2d');
    if (!ctx) throw new Error('no context');
    // vitest-canvas-mock gives every character the same width.
    const width = ctx.measureText('Thickness of').width;
    expect(wrapText(ctx, 'Thickness of the native oxide', width)).toEqual([
      'Thickness of',
      'the native',
      'oxide',
    ]);
    expect(wrapText(ctx, 'GOF', width)).toEqual(['GOF']);
  });
});

describe('the statistics block and the method line', () => {
  // The mock measures 1 px per character; 11 px system-ui averages about 6 px.
  const sixPx = (t: string) => ({ width: t.length * 6 }) as TextMetrics;
  const ctx = document.createElement('canvas').getContext('2d');
  if (!ctx) throw new Error('no context');
  ctx.measureText = sixPx;
  const measure = (t: string) => sixPx(t).width;
  const widthPx = IMAGE_LAYOUT.sidePx - 2 * IMAGE_LAYOUT.padPx;
  const stats = [
    { label: 'n', value: '49' },
    { label: 'NU (max − min) / (2 · mean)', value: '6.045 %' },
    { label: 'below LSL ▼ / above USL ▲', value: '10 / 1' },
    { label: 'mean', value: '9.78776 nm' },
  ];

  it('never draws a label over its value, and keeps every text inside the column', () => {
    const { rows, heightPx } = statsLayout(ctx, stats, widthPx);
    for (const label of rows.filter((r) => r.role === 'label')) {
      expect(measure(label.text)).toBeLessThanOrEqual(widthPx);
      const beside = rows.find((r) => r.role === 'value' && r.dyPx === label.dyPx);
      if (beside) expect(measure(label.text) + measure(beside.text)).toBeLessThan(widthPx);
    }
    // Every value is drawn once, whole or wrapped.
    expect(rows.filter((r) => r.role === 'value').map((r) => r.text)).toEqual(
      stats.map((s) => s.value),
    );
    expect(rows.find((r) => r.text === '49')?.dyPx).toBe(rows.find((r) => r.text === 'n')?.dyPx);
    // The tester's picture: this label and value do not fit on one line of 176 px.
    const nu = rows.find((r) => r.text === '6.045 %');
    expect(rows.some((r) => r.role === 'label' && r.dyPx === nu?.dyPx)).toBe(false);
    expect(heightPx).toBe(Math.max(...rows.map((r) => r.dyPx)) + 15);
  });

  it('wraps a long method line to the picture’s width, and the picture grows for it', () => {
    // The mock's 1 px per character: 25 × 40 characters are wider than the 600 px picture.
    const method = `Method: ${'thin-plate spline through the 49 sites, '.repeat(25)}edge exclusion 3 mm`;
    const short = composeMapImage(mapCanvas(400, 400), 1, { ...info, stats, method: 'IDW' });
    const long = composeMapImage(mapCanvas(400, 400), 1, { ...info, stats, method });
    const lines = drawnTexts(long).filter((t) => method.includes(t) && t.length > 3);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(method);
    for (const line of lines)
      expect(line.length).toBeLessThanOrEqual(long.width - 2 * IMAGE_LAYOUT.padPx);
    expect(long.height).toBeGreaterThan(short.height);
  });
});
