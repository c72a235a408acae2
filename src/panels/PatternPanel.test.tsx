import { fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { PatternSpec } from '../domain/patterns/descriptor';
import { PATTERN_KINDS } from '../domain/patterns/registry';
import { PatternPanel } from './PatternPanel';

function renderPanel(spec: PatternSpec) {
  const onSpec = vi.fn();
  render(
    <PatternPanel
      spec={spec}
      onSpec={onSpec}
      siteCount={0}
      error={null}
      customs={[]}
      onCustoms={vi.fn()}
      stagedPoints={() => []}
    />,
  );
  return onSpec;
}

describe('PatternPanel', () => {
  it('offers every preset and every kind with fields from the registry', () => {
    renderPanel({ kind: 'none' });
    const values = [...screen.getByLabelText('Measurement pattern').querySelectorAll('option')].map(
      (o) => o.value,
    );
    const expected = PATTERN_KINDS.flatMap((k) => [
      ...(k.presets?.({ customs: [] }) ?? []).map((p) => `${k.kind}:${p.id}`),
      ...(k.fields.length > 0 ? [k.kind] : []),
    ]);
    expect(values).toEqual(['none', ...expected]);
    expect(values).toContain('polar:polar-49');
  });

  it('gives the chosen preset as a spec', async () => {
    const onSpec = renderPanel({ kind: 'none' });
    await userEvent.selectOptions(screen.getByLabelText('Measurement pattern'), 'polar:polar-49');
    expect(onSpec).toHaveBeenLastCalledWith({ kind: 'polar', ringCounts: [8, 16, 24] }, true);
  });

  it('tells a choice from arrow keys stepping through the closed list', () => {
    const onSpec = renderPanel({ kind: 'none' });
    const list = screen.getByLabelText('Measurement pattern');
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.change(list, { target: { value: 'polar:polar-5' } });
    expect(onSpec).toHaveBeenLastCalledWith({ kind: 'polar', ringCounts: [4] }, false);
  });

  it('shows the fields of a kind’s own entry and commits a valid edit', async () => {
    const onSpec = renderPanel({
      kind: 'grid',
      pitchXMm: 10,
      pitchYMm: 10,
      offsetXMm: 0,
      offsetYMm: 0,
    });
    const pitch = screen.getByLabelText('Pitch x (mm)');
    await userEvent.clear(pitch);
    await userEvent.type(pitch, '5{Enter}');
    expect(onSpec).toHaveBeenLastCalledWith(
      expect.objectContaining({ kind: 'grid', pitchXMm: 5 }),
      false,
    );
  });

  it('hides the fields for a preset', () => {
    renderPanel({ kind: 'polar', ringCounts: [8, 16, 24] });
    expect(screen.queryByLabelText('Sites per ring')).toBeNull();
  });

  it('explains ring counts it cannot read and keeps the text', async () => {
    const onSpec = renderPanel({ kind: 'polar', ringCounts: [6, 12] });
    const rings = screen.getByLabelText('Sites per ring');
    await userEvent.clear(rings);
    await userEvent.type(rings, '6, x');
    await userEvent.tab();
    expect(onSpec).not.toHaveBeenCalled();
    expect(rings).toHaveValue('6, x');
    expect(screen.getByRole('status')).toHaveTextContent('Sites per ring: whole numbers');
  });
});
