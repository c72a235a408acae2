import { describe, expect, it } from 'vitest';
import { TOOLTIP_GAP_PX as G, TOOLTIP_MARGIN_PX as M, placeTooltip } from './tooltipPlacement';

const box = { widthPx: 600, heightPx: 400 };
const tip = { widthPx: 200, heightPx: 30 };

describe('placeTooltip', () => {
  it('sits below right of the pointer when there is room', () => {
    expect(placeTooltip({ xPx: 100, yPx: 100 }, tip, box)).toEqual({ xPx: 100 + G, yPx: 100 + G });
  });

  it('flips to the left of the pointer near the right edge, whole and off the pointer', () => {
    const at = { xPx: 590, yPx: 100 };
    const p = placeTooltip(at, tip, box);
    expect(p).toEqual({ xPx: 590 - G - 200, yPx: 100 + G });
    expect(p.xPx + tip.widthPx).toBeLessThanOrEqual(box.widthPx - M);
  });

  it('flips above the pointer near the bottom edge', () => {
    expect(placeTooltip({ xPx: 50, yPx: 395 }, tip, box)).toEqual({
      xPx: 50 + G,
      yPx: 395 - G - 30,
    });
  });

  it('stays inside the map for every pointer position, even for a wide tooltip', () => {
    const wide = { widthPx: 450, heightPx: 60 };
    for (let x = 0; x <= 600; x += 25) {
      for (let y = 0; y <= 400; y += 25) {
        const p = placeTooltip({ xPx: x, yPx: y }, wide, box);
        expect(p.xPx).toBeGreaterThanOrEqual(M);
        expect(p.yPx).toBeGreaterThanOrEqual(M);
        expect(p.xPx + wide.widthPx).toBeLessThanOrEqual(box.widthPx - M);
        expect(p.yPx + wide.heightPx).toBeLessThanOrEqual(box.heightPx - M);
      }
    }
  });

  it('pins a tooltip larger than the map to the top-left margin', () => {
    expect(placeTooltip({ xPx: 300, yPx: 200 }, { widthPx: 900, heightPx: 500 }, box)).toEqual({
      xPx: M,
      yPx: M,
    });
  });
});
