import { describe, expect, it } from 'vitest';
import { standardWafer } from '../../domain/geometry/outline';
import { klaPlanInput, readKlaLot } from '../../testing/klaLot';
import { type PlanInput, type PlanSettings, planLot, unreadableCellsMessage } from './lotPlan';
import { cassetteProperties, defaultChoices } from './lotProperties';

const cassette = readKlaLot();
const properties = cassetteProperties(cassette);

function input(settings: Partial<PlanSettings> = {}, o: Partial<PlanInput> = {}): PlanInput {
  return klaPlanInput(cassette, settings, o);
}

describe('cassetteProperties', () => {
  it('names the KLA columns through the vocabulary and offers GOF without selecting it', () => {
    expect(properties).toEqual([
      { key: 'thickness', headers: ['1st Thickness'], optional: false, fileUnit: null },
      { key: 'gof', headers: ['GOF'], optional: true, fileUnit: null },
    ]);
    expect(defaultChoices(properties)).toEqual({
      thickness: { name: 'thickness', unit: '', include: true },
      gof: { name: 'gof', unit: '', include: false },
    });
  });
});

describe('planLot on the real 25-wafer KLA-F5x export', () => {
  it('plans 25 new samples named by the pattern, 49 sites each, in the typed unit', () => {
    const plan = planLot(input({ pattern: 'Lot-{slot:2}' }));
    expect(plan.blockers).toEqual([]);
    expect(plan.newCount).toBe(25);
    expect(plan.toStore).toBe(25 * 49);
    const first = plan.wafers[0];
    expect(first?.proposal.target).toEqual({ kind: 'new', name: 'Lot-01' });
    expect(first?.preview?.pointCount).toBe(49);
    expect(first?.preview?.properties[0]?.mean).toBeCloseTo(9.7878, 4);
    expect(
      first?.planned.every((a) => a.propertyUnit === 'nm' && a.propertyName === 'thickness'),
    ).toBe(true);
    expect(first?.planned[0]?.metadata).toMatchObject({ wafer_id: 'Slot01', slot: '1', site: 1 });
  });

  it('asks for the unit, the geometry and a valid pattern before importing', () => {
    const choices = defaultChoices(properties);
    const plan = planLot(input({ outline: null, choices, pattern: '{wafer' }));
    expect(plan.blockers).toEqual([
      'Name pattern: A “{” is not closed with “}”.',
      'Choose the geometry of the new samples.',
      'Type the unit of “thickness” (the file does not state it).',
      '25 wafers need attention (marked in the table): fix or leave them out.',
    ]);
  });

  it('refuses a broken character in the new sample names or a property name before importing', () => {
    const named = planLot(input({ pattern: 'Lot-\ud800{slot:2}' }));
    expect(named.blockers).toEqual([
      'Slot01: The new sample name “Lot-\ud80001” contains a broken character (lone surrogate U+D800) at position 5; it would be stored as \uFFFD. Retype it. (24 more wafers too)',
    ]);
    const choices = {
      ...defaultChoices(properties),
      thickness: { name: 'thick\udc00', unit: 'nm', include: true },
    };
    expect(planLot(input({ choices })).blockers[0]).toMatch(
      /^Slot01: The property name contains a broken character \(lone surrogate U\+DC00\) at position 6/,
    );
  });

  it('imports GOF too when ticked, without a unit', () => {
    const choices = {
      thickness: { name: 'thickness', unit: 'nm', include: true },
      gof: { name: 'gof', unit: '', include: true },
    };
    const plan = planLot(input({ choices }));
    expect(plan.blockers).toEqual([]);
    expect(plan.toStore).toBe(25 * 49 * 2);
  });

  it('matches existing samples by name and sends only what they do not hold yet', () => {
    const first = planLot(input());
    const stored = (first.wafers[0]?.planned ?? []).slice(0, 10).map((a) => ({
      property_name: a.propertyName,
      annotation_metadata: a.metadata,
    }));
    const samples = [{ id: 's1', name: 'Slot01', outline: null }];
    const plan = planLot(input({}, { samples, stored: (id) => (id === 's1' ? stored : []) }));
    const w = plan.wafers[0];
    expect(w?.proposal.target).toMatchObject({ kind: 'existing', sampleId: 's1' });
    expect(w?.planned).toHaveLength(39);
    expect(w?.outlineToSave).toEqual(standardWafer(300));
    expect(w?.warnings).toContain(
      'Partly imported: 10 of 49 are stored; only the other 39 are sent.',
    );
    expect(plan.toStore).toBe(24 * 49 + 39);
  });

  it('waits for the stored records of existing samples, and says when they cannot be read', () => {
    const samples = [{ id: 's1', name: 'Slot01', outline: standardWafer(300) }];
    const loading = planLot(input({}, { samples, stored: () => 'loading' }));
    expect(loading.blockers).toEqual(['Checking what the existing samples already hold…']);
    const failed = planLot(input({}, { samples, stored: () => ({ error: 'HTTP 500' }) }));
    expect(failed.wafers[0]?.problems).toEqual(['Could not read what the sample holds: HTTP 500']);
  });
});

describe('unreadableCellsMessage', () => {
  it('says unreadable cells and the spreadsheet’s cell errors once, as one fact', () => {
    // Wafer XL-1: a formula in D3 and #N/A in D4, both in the value column.
    expect(unreadableCellsMessage(2, 2, 2)).toBe(
      '2 cells could not be read (2 rows skipped); the spreadsheet’s cell errors are listed below.',
    );
    expect(unreadableCellsMessage(1, 1, 0)).toBe('1 cell could not be read (1 row skipped).');
    expect(unreadableCellsMessage(0, 0, 3)).toBe(
      '3 cell errors (listed below), none in a value or coordinate that is imported.',
    );
    expect(unreadableCellsMessage(0, 0, 0)).toBeNull();
  });

  it('gives a wafer with cell errors one warning about them, never two', () => {
    const first = cassette.wafers[0];
    const line = first?.table.rows[0]?.line ?? 0;
    const cellErrors = [
      {
        sheet: 'S',
        row: line,
        column: 9,
        address: `J${line}`,
        kind: 'formula' as const,
        text: '=1',
        message: 'm',
      },
    ];
    const w = planLot(input({}, { cellErrors })).wafers[0];
    const about = w?.warnings.filter((m) => /cell/.test(m)) ?? [];
    expect(about).toEqual([
      '1 cell error (listed below), none in a value or coordinate that is imported.',
    ]);
  });
});
