/** App layout: header with the sample picker and connection settings, then the open sample. */
import { QueryClientProvider } from '@tanstack/react-query';
import { useState } from 'react';
import { useSamples } from '../api/queries';
import { ConnectionSettings } from '../panels/ConnectionSettings';
import { SamplePicker } from '../panels/SamplePicker';
import { ConnectionProvider, useConnection } from './connection';
import { createQueryClient } from './queryClient';
import { SampleWorkspace } from './SampleWorkspace';
import { StorageNoticesBanner } from './StorageNoticesBanner';
import { useSampleParam } from './useSampleParam';

const queryClient = createQueryClient();

function Shell() {
  const [sampleId, setSampleId] = useSampleParam();
  const [settingsOpen, setSettingsOpen] = useState(false);
  const { settings } = useConnection();
  const samples = useSamples();
  const sample = samples.data?.find((s) => s.id === sampleId) ?? null;
  const openSettings = () => setSettingsOpen(true);

  return (
    <div className="app">
      <header className="app-header">
        <h1>Wafer Annotator</h1>
        <SamplePicker sampleId={sampleId} onSelect={setSampleId} onOpenSettings={openSettings} />
        <div className="header-right">
          <span className="muted connection-label" title="API base URL">
            {settings.baseUrl}
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
        {sample ? (
          <SampleWorkspace key={sample.id} sample={sample} onOpenSettings={openSettings} />
        ) : (
          <div className="empty-state">
            <h2>Choose a physical sample</h2>
            <p>
              Pick a sample above to see its map, or create a new one. Measurements you place are
              staged here and stored in Atomscale when you submit them.
            </p>
          </div>
        )}
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
