/**
 * The app's views and their URL, so every view is a link: the samples overview (`/`, with
 * `?q=<search>&sel=<id,id>`), one sample's workspace (`?sample=<id>`), and the comparison of
 * several samples (`?compare=<id,id,…>&property=<name>&unit=<unit>`). Pure: no window access.
 */

/** A view of the app, as its URL says. */
export type Route =
  | { view: 'overview'; search: string; selected: string[] }
  | { view: 'sample'; sampleId: string }
  | {
      view: 'compare';
      sampleIds: string[];
      property: string | null;
      unit: string | null;
      /** Other query parameters of the compare view (e.g. a difference's pair), kept as given. */
      options: Record<string, string>;
    };

export const OVERVIEW: Route = { view: 'overview', search: '', selected: [] };

/** Ids from a comma-separated list: trimmed, blanks and repeats dropped, order kept. */
function idList(text: string | null): string[] {
  const ids = (text ?? '').split(',').map((s) => s.trim());
  return [...new Set(ids.filter((s) => s.length > 0))];
}

const COMPARE_KEYS = new Set(['compare', 'property', 'unit']);

/**
 * The route of a URL query string (`location.search`, with or without `?`). `sample` wins over
 * `compare`, which wins over the overview; a `compare` with no ids is the overview.
 */
export function parseRoute(search: string): Route {
  const params = new URLSearchParams(search);
  const sampleId = params.get('sample')?.trim();
  if (sampleId) return { view: 'sample', sampleId };
  const compare = idList(params.get('compare'));
  if (compare.length > 0) {
    const options: Record<string, string> = {};
    for (const [key, value] of params) if (!COMPARE_KEYS.has(key)) options[key] = value;
    return {
      view: 'compare',
      sampleIds: compare,
      property: params.get('property') || null,
      unit: params.get('unit') || null,
      options,
    };
  }
  return { view: 'overview', search: params.get('q') ?? '', selected: idList(params.get('sel')) };
}

/** The query string of a route (`''` or `?…`), the inverse of `parseRoute`. */
export function routeToSearch(route: Route): string {
  const params = new URLSearchParams();
  if (route.view === 'sample') params.set('sample', route.sampleId);
  else if (route.view === 'compare') {
    params.set('compare', route.sampleIds.join(','));
    if (route.property) params.set('property', route.property);
    if (route.unit) params.set('unit', route.unit);
    for (const [key, value] of Object.entries(route.options)) {
      if (!COMPARE_KEYS.has(key)) params.set(key, value);
    }
  } else {
    if (route.search) params.set('q', route.search);
    if (route.selected.length > 0) params.set('sel', route.selected.join(','));
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}
