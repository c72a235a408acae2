/**
 * The cassette import's settings and preview for one cassette (mounted afresh for every file
 * read), with what stops the import and the Import button in a footer that stays in view.
 */

import { counted } from '../../domain/values/plural';
import type { Cassette } from '../../io/cassette/types';
import type { SheetCellError } from '../../io/xlsx/sheetTable';
import { CassettePreview } from '../../panels/cassette/CassettePreview';
import { CassetteSettings } from '../../panels/cassette/CassetteSettings';
import { CellErrors } from '../../panels/cassette/CellErrors';
import { type ImportJob, jobFromPlan } from './importJob';
import { useCassettePlan } from './useCassettePlan';

interface PlanStepProps {
  cassette: Cassette;
  cellErrors: readonly SheetCellError[];
  /** The files (and sheet) the cassette came from, for the job's title. */
  title: string;
  baseUrl: string;
  onStart: (job: ImportJob) => void;
  onClose: () => void;
}

export function PlanStep(p: PlanStepProps) {
  const s = useCassettePlan(p.cassette, p.cellErrors);
  const { plan } = s;
  const blockers = s.samplesReady
    ? plan.blockers
    : ['Reading the samples of this server…', ...plan.blockers];
  const active = plan.wafers.filter((w) => !w.skipped).length;
  const main = s.properties.find((x) => s.settings.choices[x.key]?.include);

  const start = () => {
    const choice = main ? s.settings.choices[main.key] : undefined;
    const job = jobFromPlan(plan, {
      id: crypto.randomUUID(),
      baseUrl: p.baseUrl,
      createdAt: new Date().toISOString(),
      title: `${p.title} (${active} wafer${active === 1 ? '' : 's'})`,
      property: choice?.name.trim() || null,
      unit: choice?.unit.trim() || null,
    });
    p.onStart(job);
  };

  return (
    <>
      <CassetteSettings
        pattern={s.settings.pattern}
        patternError={plan.patternError}
        onPattern={s.setPattern}
        newCount={plan.newCount}
        outline={s.settings.outline}
        suggestion={s.suggestion}
        onOutline={s.setOutline}
        properties={s.properties}
        choices={s.settings.choices}
        onChoice={s.setChoice}
        sourceType={s.settings.sourceType}
        onSourceType={s.setSourceType}
      />
      <section className="import-section" aria-labelledby="cassette-preview-h">
        <h3 id="cassette-preview-h">
          Preview: {active} of {counted(plan.wafers.length, 'wafer')} → {plan.newCount} new and{' '}
          {counted(plan.existingCount, 'existing sample')}, {counted(plan.toStore, 'annotation')} to
          store
        </h3>
        <CassettePreview
          wafers={plan.wafers}
          typedNames={s.typedNames}
          onSkip={s.setSkipped}
          onName={s.setName}
        />
      </section>
      <CellErrors
        errors={[...p.cellErrors, ...plan.wafers.flatMap((w) => w.unreadCells)].sort(
          (a, b) => a.row - b.row || a.column - b.column,
        )}
      />
      <div className="cassette-footer cassette-footer-sticky">
        {blockers.length > 0 && (
          <ul className="import-blockers" aria-label="Before importing">
            {blockers.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        )}
        <div className="import-footer-buttons">
          <button type="button" className="primary" disabled={blockers.length > 0} onClick={start}>
            Import {counted(active, 'wafer')} ({counted(plan.toStore, 'annotation')})
          </button>
          <button type="button" onClick={p.onClose}>
            Close
          </button>
          <span className="muted">
            Samples are created, then each wafer's points are staged in its sample and submitted
            sample by sample; an interrupted import can be resumed.
          </span>
        </div>
      </div>
    </>
  );
}
