import { stableJson } from '../shared/stableJson.js';
import { selectGraph, useEditorStore } from './store/editorStore.js';

/**
 * Which route the editor store holds. When the editor remounts (after an error boundary's "Try again", or a
 * remount of the page) on the same route with unsaved edits, those edits are kept instead of reloading the
 * server's draft over them.
 */
let loadedRouteId: string | null = null;

export function shouldLoad(routeId: string): boolean {
  const state = useEditorStore.getState();
  const dirty = state.savedGraphJson !== '' && stableJson(selectGraph(state)) !== state.savedGraphJson;
  return !(loadedRouteId === routeId && dirty);
}

export function rememberLoaded(routeId: string | null): void {
  loadedRouteId = routeId;
}
