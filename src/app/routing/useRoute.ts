/**
 * The current route (see `route.ts`) from `window.location`, and `navigate` to change it: a new
 * history entry by default (Back returns), or `replace` for changes as the user types (search).
 */
import { useCallback, useEffect, useState } from 'react';
import { parseRoute, type Route, routeToSearch } from './route';

const current = () => parseRoute(window.location.search);

export function useRoute() {
  const [route, setRoute] = useState<Route>(current);
  useEffect(() => {
    const onPop = () => setRoute(current());
    window.addEventListener('popstate', onPop);
    return () => window.removeEventListener('popstate', onPop);
  }, []);
  const navigate = useCallback((next: Route, options: { replace?: boolean } = {}) => {
    const url = new URL(window.location.href);
    url.search = routeToSearch(next);
    if (options.replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
    setRoute(next);
  }, []);
  return [route, navigate] as const;
}
