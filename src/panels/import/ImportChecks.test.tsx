import { render, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { standardWafer } from '../../domain/geometry/outline';
import { ImportSession } from '../../io/importSession';
import { ImportChecks } from './ImportChecks';

const noop = () => {};

describe('ImportChecks', () => {
  it('lists one property in two units as two rows, without a React key clash', () => {
    const errors = vi.spyOn(console, 'error').mockImplementation(noop);
    const session = new ImportSession(
      'x_mm,y_mm,Thickness [nm],Thickness [A]\n0,0,10,100\n1,0,20,300\n',
      'units.csv',
    );
    const analysis = session.analyse();
    const view = session.map(analysis.mapping, standardWafer(150));
    render(
      <ImportChecks
        analysis={analysis}
        view={view}
        mapping={analysis.mapping}
        notes={[]}
        earlier={{ stored: 0, staged: 0 }}
        includeOutside={false}
        onIncludeOutside={noop}
        onUseUnit={noop}
      />,
    );
    const table = screen.getByRole('table', { name: 'Imported values' });
    expect(within(table).getByText('Thickness (nm)')).toBeInTheDocument();
    expect(within(table).getByText('Thickness (A)')).toBeInTheDocument();
    expect(errors.mock.calls.flat().join(' ')).not.toMatch(/same key/);
    errors.mockRestore();
  });
});
