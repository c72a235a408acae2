/** Any table with x/y, r/θ or (x,y) columns: read as it comes, the mapping guessed from headers. */
import { guessMapping } from '../guessMapping';
import { readTable } from '../readTable';
import type { TablePreset } from './preset';

export const genericPreset: TablePreset<'generic'> = {
  id: 'generic',
  label: 'Table with x/y or r/θ columns',
  name: 'generic table',
  layout: 'table',
  units: { coordinateNote: 'From the file’s format.', valueUnitsStated: true },
  sourceType: '',
  notes: [],
  read: (text, options) => readTable(text, options),
  mapping: guessMapping,
};
