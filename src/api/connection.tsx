/**
 * The connection to the API as React sees it: the settings (base URL, key, remember), the API
 * client built from them, and the hooks every query and mutation reads them through. The
 * provider that loads and saves the settings is `app/connection.tsx`.
 */
import { createContext, useContext } from 'react';
import type { ApiClient, ApiConnection } from './client';

/** The Vite dev/preview proxy to the local server; it adds the local key when none is sent. */
export const LOCAL_PROXY_URL = '/api';

/** Base URLs offered in the connection settings, with the name the header shows for each. */
export const CONNECTION_PRESETS: ReadonlyArray<{ name: string; label: string; url: string }> = [
  { name: 'Local server', label: 'Local server (through the app proxy)', url: LOCAL_PROXY_URL },
  { name: 'Atomscale', label: 'Atomscale (through the app proxy)', url: '/atomscale' },
  { name: 'Atomscale', label: 'Atomscale (direct, needs CORS)', url: 'https://api.atomscale.ai' },
];

/**
 * What a newcomer reads for a base URL: "Local server" or "Atomscale" for the preset URLs, else
 * the host of a full URL (`https://lab.example:8443/v1` → `lab.example:8443`) or the path as typed.
 */
export function connectionName(baseUrl: string): string {
  const trimmed = baseUrl.trim().replace(/\/+$/, '');
  const preset = CONNECTION_PRESETS.find((p) => p.url === trimmed);
  if (preset) return preset.name;
  try {
    return new URL(trimmed).host || trimmed;
  } catch {
    return trimmed;
  }
}

/** The API base URL and key, and whether the key is kept across browser sessions. */
export interface ConnectionSettings extends ApiConnection {
  remember: boolean;
}

/** What the connection context holds: the settings, one client for them, and how to change them. */
export interface ConnectionContextValue {
  settings: ConnectionSettings;
  client: ApiClient;
  update: (next: ConnectionSettings) => void;
}

/** Filled by `ConnectionProvider` (app/connection.tsx). */
export const ConnectionContext = createContext<ConnectionContextValue | null>(null);

/** The current connection; throws when used outside ConnectionProvider. */
export function useConnection(): ConnectionContextValue {
  const value = useContext(ConnectionContext);
  if (!value) throw new Error('useConnection must be used inside ConnectionProvider');
  return value;
}

/** The API client of the current connection. */
export const useApiClient = (): ApiClient => useConnection().client;
