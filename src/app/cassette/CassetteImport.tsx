/**
 * The cassette import (loaded on first use, with the file readers): choose files → set the
 * pattern, geometry and units once → check the preview → import, with one progress bar and
 * Cancel → "Compare these N samples". Given an unfinished job, it resumes it at once.
 */
import { useEffect, useRef } from 'react';
import { counted } from '../../domain/values/plural';
import { CassetteDialog } from '../../panels/cassette/CassetteDialog';
import { CassetteFiles } from '../../panels/cassette/CassetteFiles';
import { ImportRunPanel, type RunView } from '../../panels/cassette/ImportRunPanel';
import { useConnection } from '../connection';
import type { ImportJob } from './importJob';
import { PlanStep } from './PlanStep';
import { type CassetteSource, useCassetteSource } from './useCassetteSource';
import { type ImportRunState, useImportRun } from './useImportRun';

export interface CassetteImportProps {
  /** An unfinished job to resume at once; null to start a new import. */
  resume: ImportJob | null;
  onClose: () => void;
  onCompare: (sampleIds: string[], property: string | null, unit: string | null) => void;
  onOpenSettings: () => void;
}

const SPLIT_TEXT = {
  'kla-blocks': 'KLA-F5x WAFER ID blocks',
  'sample-column': 'a wafer or sample column',
  file: 'one wafer per file',
  mixed: 'several kinds of file',
} as const;

function sourceSummary(source: CassetteSource): string | null {
  const c = source.cassette;
  if (!c) return null;
  const n = c.wafers.length;
  return `${n} wafer${n === 1 ? '' : 's'} (${SPLIT_TEXT[c.split]})`;
}

function runView(state: ImportRunState): RunView {
  const wafers = (state.job?.wafers ?? []).map((w) => ({
    waferId: w.waferId,
    sampleName: w.sampleName,
    isNew: w.isNew,
    step: w.step,
    stored: w.stored,
    total: w.total,
    note: w.note,
  }));
  const status = state.status === 'idle' ? 'running' : state.status;
  return {
    state: status === 'running' && state.cancelling ? 'cancelling' : status,
    progress: state.progress,
    wafers,
    error: state.error,
  };
}

/** The samples of a job, once each, in wafer order. */
const jobSamples = (job: ImportJob | null) => [
  ...new Set((job?.wafers ?? []).flatMap((w) => (w.sampleId ? [w.sampleId] : []))),
];

export default function CassetteImport({ resume, onClose, onCompare }: CassetteImportProps) {
  const run = useImportRun();
  const { source, choose, chooseSheet } = useCassetteSource();
  const { settings } = useConnection();
  const started = useRef(false);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a resumed job starts once, on open.
  useEffect(() => {
    if (resume && !started.current) {
      started.current = true;
      void run.start(resume);
    }
  }, []);

  const status = run.state.status;
  const running = status === 'running';
  const job = run.state.job;
  const samples = jobSamples(job);

  const runFooter = (
    <div className="import-footer-buttons">
      {running && (
        <button type="button" onClick={run.cancel} disabled={run.state.cancelling}>
          Cancel import
        </button>
      )}
      {(status === 'failed' || status === 'cancelled') && job && (
        <button type="button" className="primary" onClick={() => void run.start(job)}>
          Resume import
        </button>
      )}
      {status === 'finished' && samples.length > 1 && (
        <button
          type="button"
          className="primary"
          onClick={() => {
            onCompare(samples, job?.property ?? null, job?.unit ?? null);
            onClose();
          }}
        >
          {samples.length === 1
            ? 'Compare this sample'
            : `Compare these ${counted(samples.length, 'sample')}`}
        </button>
      )}
      {!running && (
        <button type="button" onClick={onClose}>
          Close
        </button>
      )}
    </div>
  );

  const files = (
    <CassetteFiles
      files={source.files}
      sheets={source.sheets}
      sheet={source.sheet}
      busy={source.busy}
      error={source.error}
      summary={sourceSummary(source)}
      warnings={[...source.notes, ...(source.cassette?.warnings ?? [])]}
      onChoose={(f) => void choose(f)}
      onSheet={chooseSheet}
    />
  );

  if (status !== 'idle') {
    return (
      <CassetteDialog
        title="Import a cassette"
        canClose={!running}
        onClose={onClose}
        footer={runFooter}
      >
        <ImportRunPanel view={runView(run.state)} />
      </CassetteDialog>
    );
  }
  return (
    <CassetteDialog title="Import a cassette" canClose onClose={onClose} footer={null}>
      {files}
      {source.cassette && (
        <PlanStep
          key={source.generation}
          cassette={source.cassette}
          cellErrors={source.cellErrors}
          title={sourceTitle(source)}
          baseUrl={settings.baseUrl}
          onStart={(next) => void run.start(next)}
          onClose={onClose}
        />
      )}
      {!source.cassette && (
        <div className="cassette-footer cassette-footer-sticky">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      )}
    </CassetteDialog>
  );
}

function sourceTitle(source: CassetteSource): string {
  const names = source.files.map((f) => f.name).join(', ');
  return source.sheet ? `${names} › ${source.sheet}` : names;
}
