/**
 * The 25-wafer KLA-F5x export as the cassette import reads it (property names from the
 * vocabulary: "1st Thickness" → thickness), and the plan input the import's tests start from:
 * one sample per WAFER ID, a 300 mm wafer, thickness in nm, no sample existing yet.
 */
import { readFileSync } from 'node:fs';
import { standardWafer } from '../domain/geometry/outline';
import type { PlanInput, PlanSettings } from '../io/cassette/lotPlan';
import { cassetteProperties, defaultChoices } from '../io/cassette/lotProperties';
import { readCassette } from '../io/cassette/readCassette';
import type { Cassette } from '../io/cassette/types';
import { suggestPropertyName } from '../io/vocabulary';
import { KLA_F5X_FILE } from './dataFiles';

export const KLA_LOT_NAME = 'kla-f5x-native-oxide-300mm.csv';

/** The export's wafers in file order; `count` keeps only the first ones (quicker tests). */
export function readKlaLot(count?: number): Cassette {
  const cassette = readCassette(
    [{ name: KLA_LOT_NAME, text: readFileSync(KLA_F5X_FILE, 'utf8') }],
    { propertyName: (_header, suggested) => suggestPropertyName(suggested).name },
  );
  return count === undefined ? cassette : { ...cassette, wafers: cassette.wafers.slice(0, count) };
}

/** planLot's input for `cassette` with the settings above, `settings` and `o` laid over them. */
export function klaPlanInput(
  cassette: Cassette,
  settings: Partial<PlanSettings> = {},
  o: Partial<PlanInput> = {},
): PlanInput {
  const properties = cassetteProperties(cassette);
  let ids = 0;
  return {
    cassette,
    properties,
    settings: {
      pattern: '{wafer_id}',
      overrides: {},
      skipped: [],
      outline: standardWafer(300),
      choices: {
        ...defaultChoices(properties),
        thickness: { name: 'thickness', unit: 'nm', include: true },
      },
      sourceType: 'KLA-F5x',
      ...settings,
    },
    samples: [],
    stored: () => [],
    cellErrors: [],
    newId: () => `p${++ids}`,
    ...o,
  };
}
