/**
 * Polar ring patterns as used by thin-film metrology tools (KLA-Tencor F5x/Aleris, Woollam,
 * 4-point-probe mappers): a centre site, then K rings, ring k at radius r_k = k·(R − EE)/K for
 * wafer radius R and edge exclusion EE. Site i (0-based) of an n-site ring sits at
 * θ = 90° + 360°·i/n: each ring starts at +Y and runs counter-clockwise.
 * Where the measurable area reaches less than R − EE in a site's direction (towards a flat, or
 * a notch deeper than the edge exclusion), the site's radius is scaled by reach(θ)/(R − EE),
 * as metrology site maps pull the sites facing a flat in to the flat's edge-exclusion line:
 * r_k(θ) = k·min(R − EE, reach(θ))/K. No site is ever placed off the measurable area.
 *
 * Checked against a real KLA-F5x 49-site export (300 mm, EE 3 mm: rings at 49, 98, 147 mm).
 */
import { z } from 'zod';
import type { SampleOutline } from '../geometry/outline';
import { degToRad, type PointMm } from '../geometry/point';
import { measurableReachMm } from '../geometry/reach';
import { describePattern } from './descriptor';
import { type MeasurementPattern, numberSites } from './pattern';

export interface PolarRingOptions {
  /** Wafer radius R, mm. */
  radiusMm: number;
  /** Edge exclusion EE, mm; the outermost ring sits at R − EE. */
  edgeExclusionMm: number;
  /** Sites per ring, innermost first (after the centre). Default [8, 16, 24] = 49 sites. */
  ringCounts?: readonly number[];
  /**
   * The sample, when known: each site's radius is shortened where its measurable area reaches
   * less than R − EE in that direction (see the module comment). Without it rings are circles.
   */
  outline?: SampleOutline;
}

export const DEFAULT_RING_COUNTS: readonly number[] = [8, 16, 24];

export interface RingPreset {
  id: string;
  name: string;
  ringCounts: readonly number[];
  description: string;
}

/**
 * The conventional polar layouts (SEMI MF-like site maps and common instrument defaults, e.g.
 * the KLA F5x 49-site map). Every layout has a centre site; its rings are equally spaced out to
 * R − EE, so a one-ring layout puts its ring on the edge-exclusion line.
 */
export const RING_PRESETS: readonly RingPreset[] = [
  { id: 'polar-5', name: '5 sites', ringCounts: [4], description: 'Centre + 4 at R − EE' },
  { id: 'polar-9', name: '9 sites', ringCounts: [8], description: 'Centre + 8 at R − EE' },
  {
    id: 'polar-13',
    name: '13 sites',
    ringCounts: [4, 8],
    description: 'Centre + 4 at (R − EE)/2 + 8 at R − EE',
  },
  {
    id: 'polar-17',
    name: '17 sites',
    ringCounts: [8, 8],
    description: 'Centre + 8 at (R − EE)/2 + 8 at R − EE',
  },
  {
    id: 'polar-21',
    name: '21 sites',
    ringCounts: [8, 12],
    description: 'Centre + 8 at (R − EE)/2 + 12 at R − EE',
  },
  {
    id: 'polar-25',
    name: '25 sites',
    ringCounts: [8, 16],
    description: 'Centre + 8 at (R − EE)/2 + 16 at R − EE',
  },
  {
    id: 'polar-49',
    name: '49 sites',
    ringCounts: [8, 16, 24],
    description: 'Centre + 8, 16, 24 at (R − EE)/3, 2(R − EE)/3, R − EE (KLA F5x default)',
  },
];

/**
 * Polar ring pattern: centre = site 1, then ring 1's sites, ring 2's, ... (see the module
 * comment for radii and angles). Sites carry `ring` (0 = centre). Coordinates in sample mm.
 * Throws RangeError unless R > 0, 0 ≤ EE < R and every ring count is an integer ≥ 1.
 */
export function polarRingPattern(options: PolarRingOptions): MeasurementPattern {
  const { radiusMm, edgeExclusionMm, ringCounts = DEFAULT_RING_COUNTS, outline } = options;
  if (!(Number.isFinite(radiusMm) && radiusMm > 0)) {
    throw new RangeError(`wafer radius must be a positive number of mm, got ${radiusMm}`);
  }
  if (!(Number.isFinite(edgeExclusionMm) && edgeExclusionMm >= 0 && edgeExclusionMm < radiusMm)) {
    throw new RangeError(
      `edge exclusion must be at least 0 and less than the radius, got ${edgeExclusionMm} mm`,
    );
  }
  for (const n of ringCounts) {
    if (!(Number.isInteger(n) && n >= 1)) {
      throw new RangeError(`ring site counts must be whole numbers ≥ 1, got ${n}`);
    }
  }
  const ringCount = ringCounts.length;
  const points: Array<PointMm & { ring: number }> = [{ xMm: 0, yMm: 0, ring: 0 }];
  ringCounts.forEach((n, k) => {
    for (let i = 0; i < n; i++) {
      const theta = degToRad(90 + (360 * i) / n);
      const dx = Math.cos(theta);
      const dy = Math.sin(theta);
      const outerMm = radiusMm - edgeExclusionMm;
      const reachMm = outline ? Math.min(outerMm, measurableReachMm(outline, dx, dy)) : outerMm;
      const r = ((k + 1) * reachMm) / ringCount;
      points.push({ xMm: r * dx, yMm: r * dy, ring: k + 1 });
    }
  });
  const total = points.length;
  return {
    name: `Polar ${total} sites (${ringCounts.join('/') || 'centre only'})`,
    sites: numberSites(points),
  };
}

/** Radius used for polar patterns: the wafer radius, or half the shorter side of a piece. */
export function polarRadiusMm(outline: SampleOutline): number {
  return outline.kind === 'wafer'
    ? outline.diameterMm / 2
    : Math.min(outline.widthMm, outline.heightMm) / 2;
}

/** Polar rings: the presets above, or ring counts typed by the user. */
export const polarPatternKind = describePattern({
  kind: 'polar',
  label: 'Custom ring counts…',
  group: 'Polar rings (centre + rings to the edge exclusion; pulled in at a flat)',
  params: z.object({ ringCounts: z.array(z.number().int().positive()).min(1) }),
  defaults: { ringCounts: [6, 12] },
  fields: [
    {
      kind: 'counts',
      key: 'ringCounts',
      label: 'Sites per ring',
      invalidMessage: 'Sites per ring: whole numbers separated by commas, e.g. 6, 12, 18.',
    },
  ],
  presets: () =>
    RING_PRESETS.map((p) => ({
      id: p.id,
      label: `${p.name} (${[1, ...p.ringCounts].join(' + ')})`,
      params: { ringCounts: [...p.ringCounts] },
    })),
  build: (outline, { ringCounts }) =>
    polarRingPattern({
      radiusMm: polarRadiusMm(outline),
      edgeExclusionMm: outline.edgeExclusionMm,
      ringCounts,
      outline,
    }),
});
