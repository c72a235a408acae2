import { describe, expect, it } from 'vitest';
import { makeColorScale } from '../domain/color/colorScale';
import { standardWafer } from '../domain/geometry/outline';
import { drawMiniMap, MINI_MAP_COLORS, miniMapSiteRadiusPx } from './miniMap';

type Event = { type: string; props: Record<string, unknown> };

function draw(options: Omit<Parameters<typeof drawMiniMap>[1], 'widthPx' | 'heightPx'>) {
  const canvas = document.createElement('canvas');
  canvas.width = 200;
  canvas.height = 200;
  const ctx = canvas.getContext('2d') as CanvasRenderingContext2D & { __getEvents(): Event[] };
  drawMiniMap(ctx, { widthPx: 100, heightPx: 100, pixelRatio: 2, ...options });
  return ctx.__getEvents();
}

describe('drawMiniMap', () => {
  const outline = standardWafer(300, 3);
  const sites = [
    { xMm: 0, yMm: 0, value: 1 },
    { xMm: 100, yMm: 0, value: 3 },
    { xMm: 0, yMm: -100, value: null },
  ];

  it('draws one dot per site, centred where the frame converters put it', () => {
    const arcs = draw({ outline, sites, scale: null }).filter((e) => e.type === 'arc');
    expect(arcs).toHaveLength(3);
    const narrow = draw({ outline, sites, scale: null, marginPx: 4 }).filter(
      (e) => e.type === 'arc',
    );
    expect(narrow[1]?.props.x).toBeCloseTo(50 + 100 * (92 / 300), 9);
    // 300 mm across 100 − 2·12 px (the notch's pointer needs the wider margin): 76/300 px per
    // mm, centre at (50, 50) in CSS px.
    const pxPerMm = 76 / 300;
    expect(arcs[0]?.props.x).toBeCloseTo(50, 9);
    expect(arcs[1]?.props.x).toBeCloseTo(50 + 100 * pxPerMm, 9);
    expect(arcs[2]?.props.y).toBeCloseTo(50 + 100 * pxPerMm, 9);
  });

  it('colours dots by the scale, and sites without a value in the neutral colour', () => {
    const scale = makeColorScale([1, 3]);
    if (!scale) throw new Error('scale');
    const fills = draw({ outline, sites, scale })
      .filter((e) => e.type === 'fill')
      .map((e) => e.props);
    // The face, each site, and the notch pointer.
    expect(fills).toHaveLength(1 + sites.length + 1);
    const colours = draw({ outline, sites, scale }).filter(
      (e) => e.type === 'fillStyle' && typeof e.props.value === 'string',
    );
    const values = colours.map((e) => String(e.props.value).toLowerCase());
    expect(values).toContain(scale.color(1).toLowerCase());
    expect(values).toContain(scale.color(3).toLowerCase());
    expect(values).toContain(MINI_MAP_COLORS.site.toLowerCase());
  });
});

describe('drawMiniMap options', () => {
  const outline = standardWafer(300, 3);
  const sites = [
    { xMm: 0, yMm: 0, value: 10, site: 1 },
    { xMm: 50, yMm: 0, value: 12, site: 2 },
    { xMm: -50, yMm: 0, value: 8, site: 3 },
  ];

  it('draws sites outside the limits as triangles instead of dots', () => {
    const events = draw({ outline, sites, scale: null, limits: { lsl: 9, usl: 11 } });
    // One dot (site 1); the two others are triangles (3-point paths, no arc).
    expect(events.filter((e) => e.type === 'arc')).toHaveLength(1);
    const withLimitsOff = draw({ outline, sites, scale: null });
    expect(withLimitsOff.filter((e) => e.type === 'arc')).toHaveLength(3);
  });

  it('writes the site numbers when asked, and only then', () => {
    const texts = (on: boolean) =>
      draw({ outline, sites, scale: null, siteLabels: on })
        .filter((e) => e.type === 'fillText')
        .map((e) => e.props.text);
    expect(texts(true)).toEqual(['1', '2', '3']);
    expect(texts(false)).toEqual([]);
  });

  it('draws the field image clipped, under the sites, and the notch last', () => {
    const image = document.createElement('canvas');
    const spec = { minXMm: -150, maxXMm: 150, minYMm: -150, maxYMm: 150, cols: 4, rows: 4 };
    const events = draw({ outline, sites, scale: null, field: { image, spec } });
    const types = events.map((e) => e.type);
    const image0 = types.indexOf('drawImage');
    expect(image0).toBeGreaterThan(types.indexOf('clip'));
    expect(image0).toBeLessThan(types.indexOf('arc'));
    // The notch's V is stroked after the last site.
    expect(types.lastIndexOf('stroke')).toBeGreaterThan(types.lastIndexOf('arc'));
  });
});

describe('miniMapSiteRadiusPx', () => {
  it('keeps dots between 1.2 and 4 px, shrinking as sites get dense', () => {
    expect(miniMapSiteRadiusPx(0, 100)).toBe(0);
    expect(miniMapSiteRadiusPx(5, 100)).toBe(4);
    // 49 sites on 100 px: √(0.2·10⁴ / (π·49)) = 3.604… px.
    expect(miniMapSiteRadiusPx(49, 100)).toBeCloseTo(Math.sqrt(2000 / (Math.PI * 49)), 12);
    expect(miniMapSiteRadiusPx(100_000, 100)).toBe(1.2);
  });
});
