/**
 * The difference map section of the compare view: inputs (pair, tolerance, rate; kept in the
 * URL), the result, CSV export, and "Stage the difference as <property>" on A or B (that
 * sample's draft, shared with its workspace in every tab).
 */
import { useCallback, useState } from 'react';
import { exportFileName } from '../../api/exportAnnotations';
import { differenceToStaged } from '../../domain/lot/differenceAnnotations';
import { planDifferenceStaging, storedDerived } from '../../domain/lot/differenceRestage';
import { differenceToCsv } from '../../io/exportDifference';
import { DifferenceControls } from '../../panels/compare/DifferenceControls';
import { DifferenceResult } from '../../panels/compare/DifferenceResult';
import {
  StageDifferenceForm,
  type StagedDifference,
} from '../../panels/compare/StageDifferenceForm';
import { downloadCsv } from '../download';
import { stagingStore } from '../drafts';
import type { CompareOptions } from './compareOptions';
import type { Comparison } from './useComparison';
import { useDifference } from './useDifference';

interface DifferenceSectionProps {
  comparison: Comparison;
  options: CompareOptions;
  onOptions: (changes: Partial<CompareOptions>) => void;
  onOpen: (sampleId: string) => void;
}

export function DifferenceSection({
  comparison: c,
  options,
  onOptions,
  onOpen,
}: DifferenceSectionProps) {
  const view = useDifference(c, options);
  const { a, b, difference: d } = view;
  const [staged, setStaged] = useState<StagedDifference | null>(null);
  const [stageError, setStageError] = useState<string | null>(null);
  const property = c.property ?? '';

  const stage = useCallback(
    async ({ propertyName, target }: { propertyName: string; target: 'a' | 'b' }) => {
      if (!d || !a || !b) return;
      const sample = target === 'a' ? a : b;
      setStageError(null);
      try {
        const annotations = differenceToStaged(
          {
            difference: d,
            a: { sampleId: a.id, sampleName: a.name, propertyName: property },
            b: { sampleId: b.id, sampleName: b.name, propertyName: property },
            propertyName,
            positions: target,
            includeInterpolated: true,
          },
          () => crypto.randomUUID(),
        );
        await stagingStore.whenLoaded(sample.id);
        // A second press replaces (or keeps) the earlier staging; stored values are left out.
        const plan = planDifferenceStaging(
          annotations,
          stagingStore.getState(sample.id).annotations,
          storedDerived(sample.records, sample.stageToSample),
        );
        if (plan.add.length > 0 || plan.remove.length > 0) {
          stagingStore.dispatch(sample.id, {
            type: 'batch',
            actions: [
              { type: 'remove', localIds: plan.remove },
              { type: 'add', annotations: plan.add },
            ],
          });
          await stagingStore.flush();
        }
        setStaged({
          sampleId: sample.id,
          sampleName: sample.name,
          propertyName,
          staged: plan.add.length,
          replaced: plan.remove.length,
          alreadyStaged: plan.alreadyStaged,
          alreadyStored: plan.alreadyStored,
        });
      } catch (e) {
        setStageError(
          `Could not stage the difference: ${e instanceof Error ? e.message : String(e)}`,
        );
      }
    },
    [d, a, b, property],
  );

  if (c.samples.length < 2) return null;
  const exportCsv = () => {
    if (!d || !a || !b) return;
    downloadCsv(
      differenceToCsv(d, { aName: a.name, bName: b.name }),
      exportFileName(`${a.name} minus ${b.name}`, 'difference', 'csv', new Date()),
    );
  };
  const interpolatedOn = (side: 'a' | 'b') =>
    (side === 'a' ? d?.unmatchedA : d?.unmatchedB)?.filter((u) => u.interpolatedDifference !== null)
      .length ?? 0;
  return (
    <section className="panel difference" aria-labelledby="difference-title">
      <h2 id="difference-title">Difference map (before − after)</h2>
      <DifferenceControls
        samples={c.rows.map((r) => ({ id: r.sampleId, name: r.name }))}
        a={a?.id ?? null}
        b={b?.id ?? null}
        onPair={(na, nb) => onOptions({ a: na, b: nb })}
        toleranceMm={options.toleranceMm}
        onTolerance={(toleranceMm) => onOptions({ toleranceMm })}
        rateMinutes={options.rateMinutes}
        onRate={(rateMinutes) => onOptions({ rateMinutes })}
      />
      {view.problem && <p className="notice notice-warning">{view.problem}</p>}
      {view.note && <p className="notice notice-info">{view.note}</p>}
      {d && a && b && (
        <>
          <DifferenceResult
            difference={d}
            aName={a.name}
            bName={b.name}
            propertyName={property}
            scale={view.scale}
            map={{ outline: a.drawOutline, sites: view.sites, field: view.field }}
            fieldOfMatched={view.fieldOfMatched}
            onExportCsv={exportCsv}
          />
          <StageDifferenceForm
            suggestedName={d.rateMinutes === null ? `${property} difference` : `${property} rate`}
            aName={a.name}
            bName={b.name}
            counts={{
              a: d.matched.length + interpolatedOn('a'),
              b: d.matched.length + interpolatedOn('b'),
            }}
            onStage={(r) => void stage(r)}
            result={staged}
            error={stageError}
            onOpen={onOpen}
          />
        </>
      )}
    </section>
  );
}
