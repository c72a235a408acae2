import { describe, expect, it } from 'vitest';
import { proposeSamples, type WaferForMatching } from './sampleMatching';

const wafer = (waferId: string, slot: string, lot: string | null = 'L1'): WaferForMatching => ({
  key: `f.csv#${waferId}`,
  waferId,
  slot,
  lot,
  sourceFile: 'dir/f.csv',
});
const wafers = [wafer('Slot01', '1'), wafer('Slot02', '2'), wafer('Slot03', '3')];

describe('proposeSamples', () => {
  it('matches existing samples exactly, then normalised, and names the rest by the pattern', () => {
    const samples = [
      { id: 'a', name: 'Slot01' },
      { id: 'b', name: 'slot 02' },
      { id: 'c', name: null },
    ];
    const r = proposeSamples(wafers, samples, '{lot}-{slot:2}');
    expect(r.proposals.map((p) => p.target)).toEqual([
      { kind: 'existing', sampleId: 'a', sampleName: 'Slot01', matchedBy: 'exact' },
      { kind: 'existing', sampleId: 'b', sampleName: 'slot 02', matchedBy: 'normalised' },
      { kind: 'new', name: 'L1-03' },
    ]);
    expect([r.newCount, r.existingCount, r.problemCount, r.patternError]).toEqual([1, 2, 0, null]);
  });

  it('prefers the pattern name over the wafer id, so a second run finds the samples it made', () => {
    const samples = [
      { id: 'x', name: 'L1-01' },
      { id: 'y', name: 'Slot01' },
    ];
    const r = proposeSamples(wafers.slice(0, 1), samples, '{lot}-{slot:2}');
    expect(r.proposals[0]?.target).toMatchObject({ kind: 'existing', sampleId: 'x' });
  });

  it('flags wafers that would share a sample, new or existing', () => {
    const r = proposeSamples(
      [wafer('A', '1'), wafer('B', '1'), wafer('C', '2')],
      [],
      '{lot}-{slot}',
    );
    expect(r.proposals.map((p) => p.problems.map((x) => x.kind))).toEqual([
      ['duplicate'],
      ['duplicate'],
      [],
    ]);
    expect(r.proposals[0]?.problems[0]).toMatchObject({ otherKeys: ['f.csv#B'] });
    expect(r.problemCount).toBe(2);
  });

  it('leaves an ambiguous match unresolved and says so', () => {
    const r = proposeSamples(
      wafers.slice(0, 1),
      [
        { id: 'a', name: 'slot1' },
        { id: 'b', name: 'SLOT 01' },
      ],
      '{wafer_id}',
    );
    expect(r.proposals[0]?.target).toEqual({ kind: 'none' });
    expect(r.proposals[0]?.problems[0]).toMatchObject({ kind: 'ambiguous', sampleIds: ['a', 'b'] });
  });

  it('reports a pattern error, and a missing field per wafer', () => {
    const bad = proposeSamples(wafers, [], '{slott}');
    expect(bad.patternError).toContain('{slott}');
    expect(bad.proposals.every((p) => p.target.kind === 'none')).toBe(true);
    const noLot = proposeSamples([wafer('W', '1', null)], [], '{lot}-{slot}');
    expect(noLot.proposals[0]?.problems).toEqual([
      { kind: 'name', message: 'No lot for this wafer.' },
    ]);
  });

  it('honours overrides: a chosen sample, a typed name, and a typed name that collides', () => {
    const samples = [{ id: 'a', name: 'Before 1' }];
    const r = proposeSamples(wafers, samples, '{wafer_id}', {
      'f.csv#Slot01': { sampleId: 'a' },
      'f.csv#Slot02': { name: '  New   wafer ' },
      'f.csv#Slot03': { name: 'before_1' },
    });
    expect(r.proposals.map((p) => p.target)).toEqual([
      { kind: 'existing', sampleId: 'a', sampleName: 'Before 1', matchedBy: 'chosen' },
      { kind: 'new', name: 'New wafer' },
      { kind: 'new', name: 'before_1' },
    ]);
    expect(r.proposals[2]?.problems).toEqual([
      { kind: 'collision', sampleId: 'a', message: 'A sample named “Before 1” already exists.' },
    ]);
    const gone = proposeSamples(wafers.slice(0, 1), [], '{wafer_id}', {
      'f.csv#Slot01': { sampleId: 'zzz' },
    });
    expect(gone.proposals[0]?.problems[0]?.kind).toBe('unknown-sample');
    const blank = proposeSamples(wafers.slice(0, 1), [], '{wafer_id}', {
      'f.csv#Slot01': { name: ' ' },
    });
    expect(blank.proposals[0]).toMatchObject({
      target: { kind: 'none' },
      problems: [{ kind: 'name' }],
    });
  });

  it('fills {file} with the file name without directory and extension, {index} by position', () => {
    const r = proposeSamples(wafers.slice(0, 2), [], '{file}-{index:2}');
    expect(r.proposals.map((p) => p.target)).toEqual([
      { kind: 'new', name: 'f-01' },
      { kind: 'new', name: 'f-02' },
    ]);
  });
});
