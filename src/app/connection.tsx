/**
 * Connection settings (API base URL and key) and the API client built from them.
 *
 * The key lives in sessionStorage, or in localStorage when the user ticks "Remember on this
 * computer". It is never logged and never put in a URL.
 */
import { useQueryClient } from '@tanstack/react-query';
import { createContext, type ReactNode, useCallback, useContext, useMemo, useState } from 'react';
import { z } from 'zod';
import { type ApiClient, type ApiConnection, createApiClient } from '../api/client';
import { storageNotices } from './storageNotices';

/** The Vite dev/preview proxy to the local server; it adds the local key when none is sent. */
export const LOCAL_PROXY_URL = '/api';

const SETTINGS_KEY = 'wafer-annotator:connection';
const API_KEY_KEY = 'wafer-annotator:api-key';

const StoredSettings = z.object({ baseUrl: z.string().min(1), remember: z.boolean() });

export interface ConnectionSettings extends ApiConnection {
  remember: boolean;
}

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

interface ConnectionContextValue {
  settings: ConnectionSettings;
  client: ApiClient;
  update: (next: ConnectionSettings) => void;
}

const ConnectionContext = createContext<ConnectionContextValue | null>(null);

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

/** The current connection; throws when used outside ConnectionProvider. */
export function useConnection(): ConnectionContextValue {
  const value = useContext(ConnectionContext);
  if (!value) throw new Error('useConnection must be used inside ConnectionProvider');
  return value;
}

export const useApiClient = (): ApiClient => useConnection().client;
