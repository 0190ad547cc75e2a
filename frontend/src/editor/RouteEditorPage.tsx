import { ReactFlowProvider } from '@xyflow/react';
import { useParams } from 'react-router';
import { useRoute } from '../api/routes.js';
import { ErrorState } from '../shared/ErrorState.js';
import { PageLoader } from '../shared/PageLoader.js';
import { RouteEditor } from './RouteEditor.js';

/** Loads the route, then hands it to the editor (which owns the canvas state from then on). */
export function RouteEditorPage() {
  const { routeId = '' } = useParams();
  const route = useRoute(routeId);
  if (route.isPending) return <PageLoader label="Loading route" />;
  if (route.isError) return <ErrorState error={route.error} onRetry={() => void route.refetch()} title="Could not open this route" />;
  return (
    <ReactFlowProvider>
      <RouteEditor key={route.data.id} route={route.data} />
    </ReactFlowProvider>
  );
}
