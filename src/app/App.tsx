/**
 * App layout: the header (title, sample picker, connection), then the view the URL names (see
 * `routing/route.ts`): the samples overview, one sample's workspace, or a comparison. Views load
 * lazily, each in its own chunk, behind a small placeholder.
 */
import { QueryClientProvider } from '@tanstack/react-query';
import { lazy, Suspense, useState } from 'react';
import { connectionName } from '../api/connection';
import { useSamples } from '../api/queries';
import { ConnectionSettings } from '../panels/ConnectionSettings';
import { SamplePicker } from '../panels/SamplePicker';
import { ConnectionProvider, useConnection } from './connection';
import { createQueryClient } from './queryClient';
import { OVERVIEW, type Route } from './routing/route';
import { useRoute } from './routing/useRoute';
import { StorageNoticesBanner } from './StorageNoticesBanner';

const queryClient = createQueryClient();

const SampleWorkspace = lazy(() =>
  import('./SampleWorkspace').then((m) => ({ default: m.SampleWorkspace })),
);
const OverviewView = lazy(() =>
  import('./overview/OverviewView').then((m) => ({ default: m.OverviewView })),
);
const CompareView = lazy(() =>
  import('./compare/CompareView').then((m) => ({ default: m.CompareView })),
);

/** Shown while a view's chunk loads. */
function ViewLoading() {
  return (
    <p className="view-loading" role="status">
      Loading…
    </p>
  );
}

interface ViewProps {
  route: Route;
  navigate: (route: Route, options?: { replace?: boolean }) => void;
  onOpenSettings: () => void;
}

function CurrentView({ route, navigate, onOpenSettings }: ViewProps) {
  const samples = useSamples();
  if (route.view === 'sample') {
    const sample = samples.data?.find((s) => s.id === route.sampleId) ?? null;
    // The picker in the header says when the link names a sample this server does not list.
    if (!sample) return null;
    return <SampleWorkspace key={sample.id} sample={sample} onOpenSettings={onOpenSettings} />;
  }
  if (route.view === 'compare') {
    return <CompareView route={route} navigate={navigate} onOpenSettings={onOpenSettings} />;
  }
  return <OverviewView route={route} navigate={navigate} onOpenSettings={onOpenSettings} />;
}

function Shell() {
  const [route, navigate] = useRoute();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const { settings } = useConnection();
  const openSettings = () => setSettingsOpen(true);
  const sampleId = route.view === 'sample' ? route.sampleId : null;

  return (
    <div className="app">
      <header className="app-header">
        <h1>
          <a
            href="/"
            onClick={(e) => {
              e.preventDefault();
              navigate(OVERVIEW);
            }}
          >
            Wafer Annotator
          </a>
        </h1>
        <SamplePicker
          sampleId={sampleId}
          onSelect={(id) => navigate(id ? { view: 'sample', sampleId: id } : OVERVIEW)}
          onOpenSettings={openSettings}
          canCreate={route.view !== 'overview'}
        />
        <div className="header-right">
          <span className="muted connection-label" title={`API base URL: ${settings.baseUrl}`}>
            {connectionName(settings.baseUrl)}
          </span>
          <button
            type="button"
            onClick={() => setSettingsOpen((v) => !v)}
            aria-expanded={settingsOpen}
          >
            Connection settings
          </button>
        </div>
      </header>
      {settingsOpen && (
        <div className="settings-popover">
          <ConnectionSettings onDone={() => setSettingsOpen(false)} />
        </div>
      )}
      <StorageNoticesBanner />
      <main>
        <Suspense fallback={<ViewLoading />}>
          <CurrentView route={route} navigate={navigate} onOpenSettings={openSettings} />
        </Suspense>
      </main>
    </div>
  );
}

export function App() {
  return (
    <QueryClientProvider client={queryClient}>
      <ConnectionProvider>
        <Shell />
      </ConnectionProvider>
    </QueryClientProvider>
  );
}
