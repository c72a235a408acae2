/** Connection settings form: API base URL, API key, and whether to remember the key. */
import { type FormEvent, useId, useState } from 'react';
import {
  LOCAL_PROXY_URL,
  CONNECTION_PRESETS as PRESETS,
  type ConnectionSettings as Settings,
  useConnection,
} from '../api/connection';

export function ConnectionSettings({ onDone }: { onDone: () => void }) {
  const { settings, update } = useConnection();
  const [draft, setDraft] = useState<Settings>(settings);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const baseUrl = draft.baseUrl.trim();
    if (!baseUrl.startsWith('/') && !/^https?:\/\/[^\s/]+/.test(baseUrl)) {
      setError('The base URL must start with "/" (a proxy path) or http(s)://.');
      return;
    }
    update({ ...draft, baseUrl, apiKey: draft.apiKey.trim() });
    onDone();
  };

  return (
    <form className="connection-settings" aria-label="Connection settings" onSubmit={submit}>
      <h2>Connection</h2>
      <label htmlFor={`${id}-url`}>API base URL</label>
      <input
        id={`${id}-url`}
        value={draft.baseUrl}
        list={`${id}-presets`}
        spellCheck={false}
        onChange={(e) => setDraft({ ...draft, baseUrl: e.target.value })}
        aria-invalid={error !== null}
        aria-describedby={error ? `${id}-error` : undefined}
      />
      <datalist id={`${id}-presets`}>
        {PRESETS.map((p) => (
          <option key={p.url} value={p.url}>
            {p.label}
          </option>
        ))}
      </datalist>
      <div className="preset-buttons">
        {PRESETS.map((p) => (
          <button
            key={p.url}
            type="button"
            className="chip"
            onClick={() => setDraft({ ...draft, baseUrl: p.url })}
          >
            {p.label}
          </button>
        ))}
      </div>
      <label htmlFor={`${id}-key`}>API key</label>
      <input
        id={`${id}-key`}
        type="password"
        autoComplete="off"
        spellCheck={false}
        value={draft.apiKey}
        placeholder={
          draft.baseUrl === LOCAL_PROXY_URL ? 'Not needed: the local proxy adds the local key' : ''
        }
        onChange={(e) => setDraft({ ...draft, apiKey: e.target.value })}
      />
      <label className="checkbox">
        <input
          type="checkbox"
          checked={draft.remember}
          onChange={(e) => setDraft({ ...draft, remember: e.target.checked })}
        />
        Remember on this computer
      </label>
      <p className="hint">
        Without "Remember", the key is kept only for this browser tab's session.
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error" role="alert">
          {error}
        </p>
      )}
      <div className="row-buttons">
        <button type="submit" className="primary">
          Save connection
        </button>
        <button type="button" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
