import { readFileSync } from 'node:fs';
import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { standardWafer } from '../../domain/geometry/outline';
import { planLot } from '../../io/cassette/lotPlan';
import { cassetteProperties } from '../../io/cassette/lotProperties';
import { readCassette } from '../../io/cassette/readCassette';
import { suggestPropertyName } from '../../io/vocabulary';
import { KLA_F5X_FILE } from '../../testing/dataFiles';
import { CassettePreview } from './CassettePreview';

const cassette = readCassette([{ name: 'kla.csv', text: readFileSync(KLA_F5X_FILE, 'utf8') }], {
  propertyName: (_header, suggested) => suggestPropertyName(suggested).name,
});
let ids = 0;

function plan(gof: boolean) {
  return planLot({
    cassette,
    properties: cassetteProperties(cassette),
    settings: {
      pattern: '{wafer_id}',
      overrides: {},
      skipped: [],
      outline: standardWafer(300),
      choices: {
        thickness: { name: 'thickness', unit: 'nm', include: true },
        gof: { name: 'gof', unit: '', include: gof },
      },
      sourceType: 'KLA-F5x',
    },
    samples: [],
    stored: () => [],
    cellErrors: [],
    newId: () => `c${++ids}`,
  });
}

const noop = () => undefined;

describe('CassettePreview', () => {
  it.each([
    [false, '49'],
    [true, '49 · 98 values'],
  ])('counts sites, not annotations (GOF ticked: %s)', (gof, text) => {
    render(
      <CassettePreview
        wafers={plan(gof).wafers.slice(0, 1)}
        onSkip={noop}
        onName={noop}
        typedNames={{}}
      />,
    );
    const table = screen.getByRole('table', { name: 'Wafers and their samples' });
    expect(within(table).getByRole('columnheader', { name: 'Sites' })).toBeInTheDocument();
    const row = within(table).getAllByRole('row')[1] as HTMLElement;
    expect(within(row).getAllByRole('cell')[3]).toHaveTextContent(new RegExp(`^${text}$`));
  });
});

describe('CassettePreview mean', () => {
  it('shows the mean with the data’s 4 decimals plus one (the display rule)', () => {
    render(
      <CassettePreview
        wafers={plan(false).wafers.slice(0, 1)}
        onSkip={noop}
        onName={noop}
        typedNames={{}}
      />,
    );
    const table = screen.getByRole('table', { name: 'Wafers and their samples' });
    const row = within(table).getAllByRole('row')[1] as HTMLElement;
    // Slot01 of the KLA-F5x export: MEAN 9.7878 in the file, 9.787757… computed.
    expect(within(row).getAllByRole('cell')[4]).toHaveTextContent(/^9\.78776 nm$/);
  });
});
