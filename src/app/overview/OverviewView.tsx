/**
 * The first screen: every physical sample of this server in a searchable, sortable, virtualised
 * grid with its small map and counts (loaded only for the rows in view), selection for Compare,
 * a link to open each sample, New sample, and the cassette import (loaded on first use). The
 * search and the selection live in the URL (`?q=&sel=`), replaced as they change.
 */
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { z } from 'zod';
import { useSamples } from '../../api/queries';
import { useCreateSample } from '../../api/sampleMutations';
import { NewSampleForm } from '../../panels/overview/NewSampleForm';
import { OverviewBody } from '../../panels/overview/OverviewBody';
import { OverviewToolbar } from '../../panels/overview/OverviewToolbar';
import { SampleGrid } from '../../panels/overview/SampleGrid';
import {
  DEFAULT_SAMPLE_SORT,
  selectAll,
  visibleSamples,
} from '../../panels/overview/sampleListModel';
import { UnfinishedImports } from '../../panels/overview/UnfinishedImports';
import { jobProgress } from '../cassette/importJob';
import { useUnfinishedImports } from '../cassette/useUnfinishedImports';
import { usePersistentState } from '../persistent';
import { type Route, routeToSearch } from '../routing/route';
import { overviewRow, useSampleSummaries } from './useSampleSummaries';

const CassetteImport = lazy(() => import('../cassette/CassetteImport'));

interface OverviewViewProps {
  route: Extract<Route, { view: 'overview' }>;
  navigate: (route: Route, options?: { replace?: boolean }) => void;
  onOpenSettings: () => void;
}

const SortSchema = z.object({
  key: z.enum(['name', 'date', 'owner']),
  direction: z.enum(['asc', 'desc']),
});

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

export function OverviewView({ route, navigate, onOpenSettings }: OverviewViewProps) {
  const samples = useSamples();
  const [sort, setSort] = usePersistentState(
    'wafer-annotator:overview-sort',
    SortSchema,
    () => DEFAULT_SAMPLE_SORT,
  );
  const [inView, setInView] = useState<string[]>([]);
  const [newOpen, setNewOpen] = useState(false);
  const [cassette, setCassette] = useState<{ resumeId: string | null } | null>(null);
  const unfinished = useUnfinishedImports();
  const create = useCreateSample();

  const rows = useMemo(() => (samples.data ?? []).map(overviewRow), [samples.data]);
  const rowsById = useMemo(() => new Map(rows.map((r) => [r.sample.id, r])), [rows]);
  const shown = useMemo(
    () =>
      visibleSamples(
        rows.map((r) => r.sample),
        route.search,
        sort,
      ).flatMap((s) => rowsById.get(s.id) ?? []),
    [rows, rowsById, route.search, sort],
  );
  const summaries = useSampleSummaries(inView, rowsById);

  const known = samples.isSuccess
    ? route.selected.filter((id) => rowsById.has(id))
    : route.selected;
  const shownIds = useMemo(() => new Set(shown.map((r) => r.sample.id)), [shown]);
  const hiddenSelected = known.filter((id) => !shownIds.has(id)).length;
  const selectedSet = new Set(route.selected);
  const unselectedMatching = shown.filter((r) => !selectedSet.has(r.sample.id)).length;

  const setSelected = (selected: string[]) => navigate({ ...route, selected }, { replace: true });
  const onRowsInView = useCallback(
    (ids: string[]) => setInView((old) => (sameIds(old, ids) ? old : ids)),
    [],
  );
  const compare = () => {
    // In the order shown, then those the search hides.
    const knownSet = new Set(known);
    const order = shown.map((r) => r.sample.id).filter((id) => knownSet.has(id));
    const inOrder = new Set(order);
    const ids = [...order, ...known.filter((id) => !inOrder.has(id))];
    navigate({ view: 'compare', sampleIds: ids, property: null, unit: null, options: {} });
  };

  return (
    <div className="overview">
      <OverviewToolbar
        search={route.search}
        onSearchChange={(search) => navigate({ ...route, search }, { replace: true })}
        matching={shown.length}
        total={rows.length}
        selectedCount={known.length}
        hiddenSelected={hiddenSelected}
        unselectedMatching={unselectedMatching}
        onSelectAll={() =>
          setSelected(
            selectAll(
              route.selected,
              shown.map((r) => r.sample.id),
            ),
          )
        }
        onClearSelection={() => setSelected([])}
        onCompare={compare}
        onNewSample={() => setNewOpen((v) => !v)}
        newSampleOpen={newOpen}
        onImportCassette={() => setCassette({ resumeId: null })}
      />
      {newOpen && (
        <NewSampleForm
          onCreate={(name) =>
            create.mutate(name, {
              onSuccess: (sample) => navigate({ view: 'sample', sampleId: sample.id }),
            })
          }
          onCancel={() => setNewOpen(false)}
          pending={create.isPending}
          error={create.error}
          onOpenSettings={onOpenSettings}
        />
      )}
      <UnfinishedImports
        imports={unfinished.jobs.map((j) => ({
          id: j.id,
          title: j.title,
          error: j.error,
          ...jobProgress(j),
        }))}
        onResume={(id) => setCassette({ resumeId: id })}
        onDiscard={(id) => void unfinished.discard(id)}
      />
      <OverviewBody
        state={samples.isPending ? 'loading' : samples.isError ? 'error' : 'ready'}
        error={samples.error}
        onRetry={() => void samples.refetch()}
        onOpenSettings={onOpenSettings}
        total={rows.length}
        matching={shown.length}
        search={route.search}
        onClearSearch={() => navigate({ ...route, search: '' }, { replace: true })}
      >
        <SampleGrid
          rows={shown}
          summaries={summaries}
          selected={route.selected}
          onSelectionChange={setSelected}
          sort={sort}
          onSortChange={setSort}
          onOpen={(sampleId) => navigate({ view: 'sample', sampleId })}
          hrefOf={(sampleId) => routeToSearch({ view: 'sample', sampleId }) || '/'}
          onRowsInView={onRowsInView}
        />
      </OverviewBody>
      {cassette && (
        <Suspense fallback={<p role="status">Loading the importer…</p>}>
          <CassetteImport
            resume={unfinished.jobs.find((j) => j.id === cassette.resumeId) ?? null}
            onClose={() => {
              setCassette(null);
              void unfinished.refresh();
            }}
            onCompare={(sampleIds, property, unit) =>
              navigate({ view: 'compare', sampleIds, property, unit, options: {} })
            }
            onOpenSettings={onOpenSettings}
          />
        </Suspense>
      )}
    </div>
  );
}
