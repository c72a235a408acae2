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
