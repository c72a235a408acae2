/**
 * Parts of a view that load in their own chunk, so the first load stays small (issue 17): a lazy
 * component with a `preload` that fetches its chunk ahead of need (e.g. when the page is idle),
 * a small placeholder while it loads, and a boundary that says so, with a way out, when a chunk
 * cannot be loaded (the app was updated on the server and the old chunk is gone, or the
 * connection dropped) instead of leaving an empty panel.
 */
import {
  Component,
  type ComponentType,
  type ErrorInfo,
  type LazyExoticComponent,
  lazy,
  type ReactNode,
  Suspense,
} from 'react';

/** A lazily loaded component and the function that starts loading its chunk. */
export interface LazyPart<P extends object> {
  Component: LazyExoticComponent<ComponentType<P>>;
  /** Starts the chunk's download once (later calls return the same promise). */
  preload: () => Promise<unknown>;
}

/** `load` resolves to the component (e.g. `() => import('./X').then((m) => m.X)`). */
export function lazyPart<P extends object>(load: () => Promise<ComponentType<P>>): LazyPart<P> {
  let loading: Promise<{ default: ComponentType<P> }> | null = null;
  const preload = () => {
    loading ??= load().then((component) => ({ default: component }));
    return loading;
  };
  return { Component: lazy(preload), preload };
}

/**
 * Runs `task` when the browser is idle (at the latest after `timeoutMs`); returns the function
 * that cancels it. Without requestIdleCallback (Safari) a plain timeout.
 */
export function whenIdle(task: () => unknown, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => void task(), { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(() => void task(), Math.min(timeoutMs, 200));
  return () => clearTimeout(handle);
}

/** Preloads in the background once the page is idle, swallowing failures (the render that
 * needs the part reports them). */
export function preloadWhenIdle(part: { preload: () => Promise<unknown> }): void {
  if (typeof window === 'undefined') return;
  whenIdle(() => part.preload().catch(() => undefined));
}

/** Shown while a part's chunk loads; `overlay` floats it (for dialogs, outside the layout). */
export function ChunkLoading({ what, overlay = false }: { what: string; overlay?: boolean }) {
  return (
    <p className={overlay ? 'chunk-loading chunk-loading-overlay' : 'chunk-loading'} role="status">
      Loading {what}…
    </p>
  );
}

interface BoundaryProps {
  /** What failed to load, for the message ("the review"). */
  what: string;
  children: ReactNode;
  /** Show nothing on failure (inside the map's canvas tree, where HTML cannot go); logged. */
  quiet?: boolean;
}

/** Catches a failed chunk load (or a render error) of one part; the rest of the page stays. */
export class ChunkBoundary extends Component<BoundaryProps, { error: Error | null }> {
  state = { error: null as Error | null };

  static getDerivedStateFromError(error: unknown) {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  componentDidCatch(error: Error, info: ErrorInfo) {
    console.error(`Could not show ${this.props.what}:`, error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    if (this.props.quiet) return null;
    return (
      <div className="notice notice-error chunk-failed" role="alert">
        <p>
          {`Could not load ${this.props.what} (${error.message}). The app may have been updated on the server, or the connection dropped. Staged points are kept: reload the page to continue.`}
        </p>
        <button type="button" onClick={() => window.location.reload()}>
          Reload the page
        </button>
      </div>
    );
  }
}

/**
 * A part's slot: the boundary, and the placeholder while its chunk loads ('inline' in the flow,
 * 'overlay' floating above the page for dialogs, 'none' when nothing was asked for yet).
 */
export function LazySlot({
  what,
  children,
  placeholder = 'inline',
}: BoundaryProps & { placeholder?: 'inline' | 'overlay' | 'none' }) {
  const fallback =
    placeholder === 'none' ? null : (
      <ChunkLoading what={what} overlay={placeholder === 'overlay'} />
    );
  return (
    <ChunkBoundary what={what}>
      <Suspense fallback={fallback}>{children}</Suspense>
    </ChunkBoundary>
  );
}
