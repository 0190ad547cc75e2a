import { notifications } from '@mantine/notifications';
import { ApiError } from '../api/http.js';
import { useRouteMutations, type Route } from '../api/routes.js';
import { selectGraph, useEditorStore } from './store/editorStore.js';

/** Save / publish / restore with the server's issues put back on the nodes they are about. */
export function useRouteActions(routeId: string) {
  const mutations = useRouteMutations(routeId);

  function accept(route: Route, what: string) {
    useEditorStore.getState().markSaved(route.graph);
    useEditorStore.getState().setServerIssues(route.issues ?? [], route.graph);
    notifications.show({ color: 'green', message: what });
  }
  function reject(error: unknown, what: string) {
    const issues = error instanceof ApiError ? error.issues : [];
    useEditorStore.getState().setServerIssues(issues);
    notifications.show({
      color: 'red',
      title: `${what} failed`,
      message: issues.length ? `${(error as Error).message} — ${issues.length} issue(s) are marked on the canvas.` : (error as Error).message,
    });
  }

  async function save(): Promise<boolean> {
    const graph = selectGraph(useEditorStore.getState());
    try {
      const route = await mutations.save.mutateAsync({ graph });
      accept(route, 'Draft saved');
      return true;
    } catch (error) {
      reject(error, 'Save');
      return false;
    }
  }

  async function publish(dirty: boolean, note?: string) {
    if (dirty && !(await save())) return;
    try {
      const route = await mutations.publish.mutateAsync(note);
      accept(route, `Published v${route.publishedVersion ?? ''}`);
    } catch (error) {
      reject(error, 'Publish');
    }
  }

  async function disable() {
    try {
      await mutations.disable.mutateAsync();
      notifications.show({ message: 'Route disabled: new events no longer match it.' });
    } catch (error) {
      reject(error, 'Disable');
    }
  }

  async function enable() {
    try {
      await mutations.enable.mutateAsync();
      notifications.show({ color: 'green', message: 'Route enabled: new events match its live version again.' });
    } catch (error) {
      reject(error, 'Enable');
    }
  }

  async function restore(version: number) {
    try {
      const route = await mutations.restore.mutateAsync(version);
      useEditorStore.getState().load(route.graph);
      notifications.show({ color: 'green', message: `Draft restored from v${version}` });
    } catch (error) {
      reject(error, 'Restore');
    }
  }

  const busy = mutations.save.isPending || mutations.publish.isPending || mutations.restore.isPending || mutations.disable.isPending || mutations.enable.isPending;
  return { save, publish, disable, enable, restore, busy, saving: mutations.save.isPending, publishing: mutations.publish.isPending };
}
