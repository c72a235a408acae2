/**
 * Several samples side by side (`?compare=id,id,…`). (Placeholder of the routing skeleton; the
 * small multiples, comparison table, trend chart and difference map replace it.)
 */
import type { Route } from '../routing/route';

interface CompareViewProps {
  route: Extract<Route, { view: 'compare' }>;
  navigate: (route: Route, options?: { replace?: boolean }) => void;
  onOpenSettings: () => void;
}

export function CompareView({ route }: CompareViewProps) {
  return (
    <div className="empty-state">
      <h2>Compare {route.sampleIds.length} samples</h2>
    </div>
  );
}
