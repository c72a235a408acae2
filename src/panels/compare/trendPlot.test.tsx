import { describe, expect, it } from 'vitest';
import { sampleStatistics } from '../../domain/lot/lotStatistics';
import { trendSeries } from '../../domain/lot/trend';
import { trendCharts } from './trendPlot';

const rows = sampleStatistics([
  { sampleId: 'a', name: 'Slot01', values: [9, 11] },
  { sampleId: 'b', name: 'Slot02', values: [12, 12.5] },
  { sampleId: 'c', name: 'Slot03', values: [] },
  { sampleId: 'd', name: 'Slot04', values: [15] },
]);

describe('trendCharts', () => {
  it('draws a dot per sample with values, error bars where σ exists, and the limits', () => {
    const series = trendSeries(rows, { unit: 'nm', specLimits: { lsl: 10, usl: 14 } });
    const [mean, nu] = trendCharts(series, {
      widthPx: 600,
      heightPx: 300,
      propertyName: 'thickness',
    });
    expect(mean?.tagName.toLowerCase()).toBe('svg');
    expect(mean?.querySelectorAll('circle')).toHaveLength(3);
    const texts = [...(mean?.querySelectorAll('text') ?? [])].map((t) => t.textContent);
    expect(texts).toEqual(expect.arrayContaining(['LSL 10', 'USL 14', 'Slot01', 'Slot04']));
    expect(texts).not.toContain('Slot03');
    // The sample above the USL is drawn in the limit colour.
    const fills = [...(mean?.querySelectorAll('circle') ?? [])].map((c) => c.getAttribute('fill'));
    expect(fills.filter((f) => f === '#b42318')).toHaveLength(1);
    expect(nu?.querySelectorAll('circle')).toHaveLength(3);
  });

  it('draws no limit lines when there are none', () => {
    const series = trendSeries(rows, { unit: 'nm' });
    const [mean] = trendCharts(series, { widthPx: 600, heightPx: 300, propertyName: 'thickness' });
    const texts = [...(mean?.querySelectorAll('text') ?? [])].map((t) => t.textContent ?? '');
    expect(texts.some((t) => t.startsWith('LSL') || t.startsWith('USL'))).toBe(false);
  });
});

describe('trendCharts limit labels', () => {
  it.each([2, 25])('sit right of every error bar, outside the plot area (%d samples)', (n) => {
    const many = sampleStatistics(
      Array.from({ length: n }, (_, i) => ({
        sampleId: `s${i}`,
        name: `Slot${i + 1}`,
        values: [9.5, 10.6, 10.1],
      })),
    );
    const series = trendSeries(many, { unit: 'nm', specLimits: { lsl: 9.6, usl: 10.5 } });
    const [mean] = trendCharts(series, { widthPx: 800, heightPx: 300, propertyName: 'thickness' });
    // x in the SVG: the element's x (or x1) plus every translate on it and its ancestors.
    const xOf = (el: Element) => {
      let x = Number(el.getAttribute('x') ?? el.getAttribute('x1') ?? 0);
      for (
        let e: Element | null = el;
        e && e.tagName.toLowerCase() !== 'svg';
        e = e.parentElement
      ) {
        x += Number(/translate\(([-\d.]+)/.exec(e.getAttribute('transform') ?? '')?.[1] ?? 0);
      }
      return x;
    };
    const labels = [...(mean?.querySelectorAll('text') ?? [])].filter((t) =>
      /^(LSL|USL) /.test(t.textContent ?? ''),
    );
    expect(labels.map((t) => t.textContent)).toEqual(['LSL 9.6', 'USL 10.5']);
    // The error bars: the vertical rules (x1 = x2) of the σ marks.
    const bars = [...(mean?.querySelectorAll('line') ?? [])].filter(
      (l) => l.getAttribute('x1') !== null && l.getAttribute('x1') === l.getAttribute('x2'),
    );
    const lastBarX = Math.max(...bars.map(xOf));
    for (const label of labels) expect(xOf(label)).toBeGreaterThan(lastBarX + 8);
  });
});
