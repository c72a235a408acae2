/**
 * Connection settings (API base URL and key) and the API client built from them.
 *
 * The key lives in sessionStorage, or in localStorage when the user ticks "Remember on this
 * computer". It is never logged and never put in a URL.
 */
import { useQueryClient } from '@tanstack/react-query';
import { type ReactNode, useCallback, useMemo, useState } from 'react';
import { z } from 'zod';
import { createApiClient } from '../api/client';
import { ConnectionContext, type ConnectionSettings, LOCAL_PROXY_URL } from '../api/connection';
import { storageNotices } from './storageNotices';

// The context and its hooks live in api/ (queries and mutations read the client through them).
export {
  type ConnectionSettings,
  LOCAL_PROXY_URL,
  useApiClient,
  useConnection,
} from '../api/connection';

const SETTINGS_KEY = 'wafer-annotator:connection';
const API_KEY_KEY = 'wafer-annotator:api-key';

const StoredSettings = z.object({ baseUrl: z.string().min(1), remember: z.boolean() });

function loadSettings(): ConnectionSettings {
  let stored: z.infer<typeof StoredSettings> = { baseUrl: LOCAL_PROXY_URL, remember: false };
  try {
    const parsed = StoredSettings.safeParse(
      JSON.parse(localStorage.getItem(SETTINGS_KEY) ?? 'null'),
    );
    if (parsed.success) stored = parsed.data;
  } catch {
    // Unreadable settings fall back to the local server.
  }
  const apiKey =
    (stored.remember ? localStorage.getItem(API_KEY_KEY) : sessionStorage.getItem(API_KEY_KEY)) ??
    '';
  return { ...stored, apiKey };
}

function saveSettings(settings: ConnectionSettings): void {
  localStorage.setItem(
    SETTINGS_KEY,
    JSON.stringify({ baseUrl: settings.baseUrl, remember: settings.remember }),
  );
  // The key goes to exactly one storage; the other copy is removed.
  const [keep, drop] = settings.remember
    ? [localStorage, sessionStorage]
    : [sessionStorage, localStorage];
  drop.removeItem(API_KEY_KEY);
  if (settings.apiKey) keep.setItem(API_KEY_KEY, settings.apiKey);
  else keep.removeItem(API_KEY_KEY);
}

/** Provides the connection settings and one API client for them. */
export function ConnectionProvider({ children }: { children: ReactNode }) {
  const queryClient = useQueryClient();
  const [settings, setSettings] = useState(loadSettings);
  const client = useMemo(
    () => createApiClient({ baseUrl: settings.baseUrl, apiKey: settings.apiKey }),
    [settings.baseUrl, settings.apiKey],
  );
  const update = useCallback(
    (next: ConnectionSettings) => {
      try {
        saveSettings(next);
        storageNotices.clear(SETTINGS_KEY);
      } catch {
        // Still used on this page; the user is told it will not survive a reload.
        storageNotices.report(
          SETTINGS_KEY,
          'Could not save the connection settings in this browser (storage full or blocked): they apply to this page only and are lost on reload.',
        );
      }
      setSettings(next);
      // Cached samples and annotations belong to the old server or key; drop them all.
      queryClient.clear();
    },
    [queryClient],
  );
  const value = useMemo(() => ({ settings, client, update }), [settings, client, update]);
  return <ConnectionContext.Provider value={value}>{children}</ConnectionContext.Provider>;
}
