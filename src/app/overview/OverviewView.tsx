/**
 * The first screen: the physical samples of this server. (Placeholder of the routing skeleton;
 * the searchable, virtualised overview with small maps replaces it.)
 */
import type { Route } from '../routing/route';

interface OverviewViewProps {
  route: Extract<Route, { view: 'overview' }>;
  navigate: (route: Route, options?: { replace?: boolean }) => void;
  onOpenSettings: () => void;
}

export function OverviewView(_props: OverviewViewProps) {
  return (
    <div className="empty-state">
      <h2>Choose a physical sample</h2>
      <p>
        Pick a sample above to see its map, or create a new one. Measurements you place are staged
        here and stored in Atomscale when you submit them.
      </p>
    </div>
  );
}
