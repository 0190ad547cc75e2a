import { createBrowserRouter, Navigate } from 'react-router';
import { NotFoundPage } from '../pages/NotFoundPage.js';
import { PageLoader } from '../shared/PageLoader.js';
import { AppLayout } from './AppLayout.js';

/**
 * Each screen is its own chunk: the editor brings React Flow and CodeMirror, the channels page
 * brings RJSF + Ajv; neither should slow down opening the other.
 */
export function createAppRouter() {
  return createBrowserRouter([
    {
      element: <AppLayout />,
      // Shown while the first lazy screen's chunk loads.
      hydrateFallbackElement: <PageLoader />,
      children: [
        { index: true, element: <Navigate to="/routes" replace /> },
        { path: 'routes', lazy: async () => ({ Component: (await import('../pages/routes/RoutesListPage.js')).RoutesListPage }) },
        { path: 'routes/:routeId', lazy: async () => ({ Component: (await import('../editor/RouteEditorPage.js')).RouteEditorPage }) },
        { path: 'channels', lazy: async () => ({ Component: (await import('../pages/channels/ChannelsPage.js')).ChannelsPage }) },
        { path: 'channels/:channelId/subscriptions', lazy: async () => ({ Component: (await import('../pages/subscriptions/SubscriptionsPage.js')).SubscriptionsPage }) },
        { path: 'deliveries', lazy: async () => ({ Component: (await import('../pages/deliveries/DeliveriesPage.js')).DeliveriesPage }) },
        { path: 'events', lazy: async () => ({ Component: (await import('../pages/events/EventsPage.js')).EventsPage }) },
        { path: 'events/:eventId', lazy: async () => ({ Component: (await import('../pages/events/EventPage.js')).EventPage }) },
        { path: 'alerts', lazy: async () => ({ Component: (await import('../pages/alerts/AlertsPage.js')).AlertsPage }) },
        { path: 'silences', lazy: async () => ({ Component: (await import('../pages/silences/SilencesPage.js')).SilencesPage }) },
        { path: 'sources', lazy: async () => ({ Component: (await import('../pages/sources/SourcesPage.js')).SourcesPage }) },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
