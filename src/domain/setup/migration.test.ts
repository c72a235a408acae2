import { describe, expect, it } from 'vitest';
import { standardWafer } from '../geometry/outline';
import { type LegacySettings, planOpen, setupFromLegacy } from './migration';
import { emptySetup, type SampleSetup } from './setup';

const NOW = new Date('2026-04-03T10:00:00.000Z');
const pattern = {
  id: 'p1',
  name: 'five',
  sites: [{ xMm: 1, yMm: 2 }],
  createdAt: '2026-01-01T00:00:00.000Z',
};
const nothing: LegacySettings = { outline: null, frame: null, limits: null, customPatterns: [] };

describe('setupFromLegacy', () => {
  it('gives null when the browser kept nothing for the sample', () => {
    expect(setupFromLegacy(nothing, NOW)).toBeNull();
    // The browser's patterns alone do not make a setup for a sample never worked on.
    expect(setupFromLegacy({ ...nothing, customPatterns: [pattern] }, NOW)).toBeNull();
  });

  it('carries the outline, frame, calibration, limits and patterns', () => {
    const calibration = { offsetXMm: 1, offsetYMm: 2, rotationDeg: 3, flipY: false };
    const legacy: LegacySettings = {
      outline: standardWafer(200, 5),
      frame: { frame: 'stage_absolute', calibration },
      limits: {
        [JSON.stringify(['thickness', 'nm'])]: { lsl: 95, usl: 105 },
        [JSON.stringify(['gof', ''])]: {},
        'not json': { min: 1 },
        [JSON.stringify(['', 'nm'])]: { min: 1 },
      },
      customPatterns: [pattern],
    };
    expect(setupFromLegacy(legacy, NOW)).toEqual({
      version: 1,
      outline: standardWafer(200, 5),
      frame: 'stage_absolute',
      calibration,
      limits: [{ property: 'thickness', unit: 'nm', lsl: 95, usl: 105 }],
      customPatterns: [pattern],
      updatedAt: NOW.toISOString(),
    });
  });

  it('carries the patterns of a sample whose guided pattern was a custom one', () => {
    const setup = setupFromLegacy({ ...nothing, customPatterns: [pattern] }, NOW, true);
    expect(setup?.customPatterns).toEqual([pattern]);
    expect(setup?.outline).toBeNull();
  });
});

describe('planOpen', () => {
  const at = (iso: string, outlineMm = 150): SampleSetup => ({
    ...emptySetup(new Date(iso)),
    outline: standardWafer(outlineMm),
  });
  const server = at('2026-04-02T00:00:00.000Z', 200);
  const older = at('2026-04-01T00:00:00.000Z', 100);
  const newer = at('2026-04-02T12:00:00.000Z', 300);
  const legacy = at('2026-04-03T10:00:00.000Z', 125);
  const ok = { kind: 'ok', setup: server } as const;

  it("shows the server's setup and never lets legacy settings overwrite it", () => {
    const plan = planOpen(ok, null, legacy, NOW);
    expect(plan).toEqual({
      setup: server,
      base: server,
      write: false,
      home: 'server',
      notice: null,
      reason: null,
    });
  });

  it('merges the unsynced changes of a browser copy onto the server copy, keeping theirs', () => {
    // Made offline over the 200 mm setup: a limit. A colleague changed the frame meanwhile.
    const limits = [{ property: 'thickness', unit: 'nm', usl: 107 }];
    const copy = {
      setup: { ...server, limits, updatedAt: newer.updatedAt },
      synced: false,
      base: server,
    };
    const moved = { ...server, frame: 'stage_absolute' as const };
    const plan = planOpen({ kind: 'ok', setup: moved }, copy, null, NOW);
    expect(plan).toMatchObject({ write: true, home: 'server', base: moved });
    expect(plan.setup).toEqual({ ...moved, limits, updatedAt: newer.updatedAt });
    expect(plan.notice).toBe(
      'Changes made in this browser while the server could not be reached are saved now.',
    );
    // Both changed the outline: mine is kept and the notice says whose it replaced.
    const clash = { ...copy, setup: { ...copy.setup, outline: standardWafer(300) } };
    const again = planOpen(
      { kind: 'ok', setup: { ...server, outline: standardWafer(100) } },
      clash,
      null,
      NOW,
    );
    expect(again.setup.outline).toEqual(standardWafer(300));
    expect(again.notice).toContain(
      "Your change to the outline replaced a colleague's (was 100 mm wafer, flat 32.5 mm).",
    );
  });

  it('writes nothing when the unsynced copy holds no change of its own', () => {
    const copy = { setup: older, synced: false, base: older };
    expect(planOpen(ok, copy, null, NOW)).toMatchObject({ setup: server, write: false });
  });

  it('treats a copy of an earlier version (no base) by its date', () => {
    expect(planOpen(ok, { setup: newer, synced: false }, null, NOW)).toMatchObject({
      setup: newer,
      write: true,
      home: 'server',
    });
    expect(planOpen(ok, { setup: older, synced: false }, null, NOW)).toMatchObject({
      setup: server,
      write: false,
    });
    // A synced copy is only a cache: the server wins even when the copy looks newer.
    expect(planOpen(ok, { setup: newer, synced: true }, null, NOW).setup).toBe(server);
  });

  it('migrates legacy settings when the server has none, once', () => {
    const plan = planOpen({ kind: 'absent' }, null, legacy, NOW);
    expect(plan).toMatchObject({ setup: legacy, write: true, home: 'server', base: null });
    expect(plan.notice).toMatch(/earlier version/);
    expect(planOpen({ kind: 'absent' }, null, null, NOW)).toEqual({
      setup: emptySetup(NOW),
      base: null,
      write: false,
      home: 'server',
      notice: null,
      reason: null,
    });
  });

  it('writes an unsynced browser copy when the server has none', () => {
    expect(
      planOpen({ kind: 'absent' }, { setup: older, synced: false }, legacy, NOW),
    ).toMatchObject({ setup: older, write: true });
  });

  it('keeps to the browser when the server sends no metadata', () => {
    expect(
      planOpen({ kind: 'unknown' }, { setup: older, synced: true, base: server }, null, NOW),
    ).toEqual({
      setup: older,
      base: server,
      write: false,
      home: 'browser',
      notice: null,
      reason: null,
    });
    expect(planOpen({ kind: 'unknown' }, null, legacy, NOW).setup).toBe(legacy);
  });

  it('never overwrites a newer or invalid server copy, and says why in one phrase', () => {
    const newerPlan = planOpen({ kind: 'newer', version: 3 }, null, null, NOW);
    expect(newerPlan).toMatchObject({ write: false, home: 'browser', notice: null });
    expect(newerPlan.reason).toBe(
      'the sample’s setup on the server was written by a newer version of this app (version 3) and is left untouched',
    );
    const invalid = planOpen({ kind: 'invalid', message: 'outline: bad' }, null, null, NOW);
    expect(invalid.reason).toBe(
      'the sample’s setup on the server is not valid (outline: bad) and is left untouched',
    );
    expect(invalid.write).toBe(false);
  });
});
