/**
 * Colours and sizes of the map's non-marker drawing: outline, edge exclusion, centre axes,
 * scale bar, axis rulers and the rubber band. Markers are in markerStyles.ts.
 */
export const MAP_THEME = {
  outlineFill: '#f4f6f9',
  outlineStroke: '#2b3442',
  /** An outline nobody has set yet (guessed from the name, or only suggested): lighter, dashed. */
  outlineTentativeStroke: '#7c8799',
  outlineTentativeFill: '#f8f9fb',
  edgeExclusion: '#8792a2',
  centreAxes: '#d5dae1',
  /** Panels drawn over the map (scale bar, rulers): light, nearly opaque, readable over a
   * heat map. */
  panel: 'rgba(255, 255, 255, 0.88)',
  panelBorder: 'rgba(17, 24, 39, 0.25)',
  ink: '#111827',
  mutedInk: '#374151',
  font: 'system-ui, -apple-system, "Segoe UI", Roboto, sans-serif',
  band: '#0e7490',
  bandFill: 'rgba(14, 116, 144, 0.08)',
} as const;
