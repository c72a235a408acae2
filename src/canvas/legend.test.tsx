import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { drawLegendSwatch, legendEntries } from './legend';
import { MapLegend } from './MapLegend';
import type { RecordMarker } from './mapTypes';
import { drawSprites, markerSprite } from './markerDraw';
import { MARKER_STYLES } from './markerStyles';

const rec = (o: Partial<RecordMarker>): RecordMarker => ({
  id: 'r',
  xMm: 0,
  yMm: 0,
  color: '#123456',
  ...o,
});

type MockCtx = { __getEvents: () => Array<{ type: string; props: Record<string, unknown> }> };
const events = (ctx: CanvasRenderingContext2D) => (ctx as unknown as MockCtx).__getEvents();

function context(width = 100, height = 100) {
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no context');
  return ctx;
}

describe('legendEntries', () => {
  it('lists what the map shows, in a fixed order, and nothing else', () => {
    expect(
      legendEntries({
        records: [rec({}), rec({ spec: 'above' }), rec({ color: null })],
        staged: [],
        targets: [],
        extrapolated: true,
      }),
    ).toEqual(['stored', 'aboveUsl', 'storedOther', 'extrapolated']);
    expect(
      legendEntries({
        records: [rec({ spec: 'below' })],
        staged: [{ id: 's', xMm: 1, yMm: 1 }],
        targets: [{ xMm: 0, yMm: 0, label: '1', state: 'empty' }],
        preview: {
          xMm: new Float64Array(2),
          yMm: new Float64Array(2),
          inside: Uint8Array.from([1, 0]),
        },
      }),
    ).toEqual(['belowLsl', 'staged', 'preview', 'previewOutside', 'target']);
    expect(legendEntries({ records: [], staged: [], targets: [] })).toEqual([]);
  });
});

describe('swatches and sprites come from the marker table', () => {
  it('draws a staged swatch as the table says: a square stroked in the staged colour', () => {
    const ctx = context();
    drawLegendSwatch(ctx, 'staged', 0, 0, 16);
    const drawn = events(ctx);
    expect(drawn.some((e) => e.type === 'rect')).toBe(true);
    expect(
      drawn.some((e) => e.type === 'strokeStyle' && e.props.value === MARKER_STYLES.staged.stroke),
    ).toBe(true);
  });

  it('the HTML legend names every entry with a swatch', () => {
    render(<MapLegend entries={['stored', 'belowLsl', 'extrapolated']} />);
    const list = screen.getByRole('list', { name: 'Map legend' });
    expect(
      within(list)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['stored', 'below LSL', 'extrapolated (outside the sites)']);
    expect(list.querySelectorAll('canvas')).toHaveLength(3);
  });

  it('caches one sprite per style, colour and pixel ratio', () => {
    const a = markerSprite(MARKER_STYLES.stored, '#ff0000', 2);
    expect(markerSprite(MARKER_STYLES.stored, '#ff0000', 2)).toBe(a);
    expect(markerSprite(MARKER_STYLES.stored, '#00ff00', 2)).not.toBe(a);
    expect(markerSprite(MARKER_STYLES.stored, '#ff0000', 1)).not.toBe(a);
    // Radius 5 px, 1 px stroke and a pixel of room, at pixel ratio 2.
    expect(a?.offsetPx).toBe(14);
  });

  it('places sprites on whole device pixels through the transform, skipping those off the canvas', () => {
    const ctx = context(100, 100);
    ctx.setTransform(2, 0, 0, 2, 10, 0);
    const sprite = markerSprite(MARKER_STYLES.staged, '', 2);
    if (!sprite) throw new Error('no sprite');
    drawSprites(ctx, [10.3, 200, -40], [5.2, 5, 5], 3, () => sprite);
    const images = events(ctx).filter((e) => e.type === 'drawImage');
    expect(images).toHaveLength(1);
    expect(images[0]?.props.dx).toBe(Math.round(2 * 10.3 + 10) - sprite.offsetPx);
    expect(images[0]?.props.dy).toBe(Math.round(2 * 5.2) - sprite.offsetPx);
  });
});
