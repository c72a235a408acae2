/**
 * Real measurement files used as test input. They are copied into the repository (from the
 * team's shared data folder) so that a clean clone can run every test.
 */
import path from 'node:path';

/** A real KLA-F5x export: 25 wafers × 49 sites of native-oxide thickness (nm), X/Y in mm. */
export const KLA_F5X_FILE = path.resolve(
  import.meta.dirname,
  'data/kla-f5x-native-oxide-300mm.csv',
);
