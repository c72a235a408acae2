/** Measurement patterns: polar rings, grids, line scans and user-defined site lists. */
export * from './custom';
export * from './descriptor';
export * from './grid';
export * from './lineScan';
export * from './pattern';
export * from './polar';
export * from './registry';
