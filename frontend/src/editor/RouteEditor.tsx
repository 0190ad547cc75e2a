import { Box } from '@mantine/core';
import { useReactFlow } from '@xyflow/react';
import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import type { Route } from '../api/routes.js';
import { RouteCanvas } from './canvas/RouteCanvas.js';
import { dropSpot } from './canvas/placement.js';
import { useEditorShortcuts } from './canvas/useEditorShortcuts.js';
import { useLeaveGuard } from './useLeaveGuard.js';
import { HistoryPanel } from './history/HistoryPanel.js';
import { InspectorPanel } from './inspector/InspectorPanel.js';
import { IssuesContext } from './nodes/IssuesContext.js';
import { Palette } from './palette/Palette.js';
import type { PaletteItem } from './palette/paletteItems.js';
import { useEditorStore } from './store/editorStore.js';
import { TestPanel } from './test/TestPanel.js';
import { EditorHeader, type SidePanel } from './toolbar/EditorHeader.js';
import { ScheduleBar } from './toolbar/ScheduleBar.js';
import { GraphIssuesBar } from './validation/GraphIssuesBar.js';
import { blockingIssueCount } from './validation/issuesByNode.js';
import { useGraphIssues } from './validation/useGraphIssues.js';
import { withChannelIssues } from './validation/withChannelIssues.js';
import { useCurrentGraph } from './useCurrentGraph.js';
import { useIsDirty } from './useIsDirty.js';
import { rememberLoaded, shouldLoad } from './draftSession.js';
import { useRouteActions } from './useRouteActions.js';
import { usePageTitle } from '../shared/usePageTitle.js';
import { GeneratedRouteBanner } from '../pages/subscriptions/GeneratedRouteBanner.js';

export function RouteEditor({ route }: { route: Route }) {
  const [panel, setPanel] = useState<SidePanel>(null);
  const inspectedNodeId = useEditorStore((s) => s.inspectedNodeId);
  const graphIssues = useGraphIssues();
  const graph = useCurrentGraph();
  const issues = useMemo(() => withChannelIssues(graphIssues, graph, route.channelIssues), [graphIssues, graph, route.channelIssues]);
  const dirty = useIsDirty();
  const actions = useRouteActions(route.id);
  const { screenToFlowPosition } = useReactFlow();
  usePageTitle(`${route.name} · Routes`);

  // Load once per route; later saves only mark the graph saved, they do not reset the canvas.
  // Unsaved edits of this same route survive a remount (e.g. "Try again" after a page error).
  useLayoutEffect(() => {
    if (shouldLoad(route.id)) useEditorStore.getState().load(route.graph);
    rememberLoaded(route.id);
  }, [route.id]);

  const save = useCallback(() => void actions.save(), [actions]);
  useEditorShortcuts(save);
  useLeaveGuard(dirty);

  function addFromPalette(item: PaletteItem) {
    const centre = screenToFlowPosition({ x: window.innerWidth / 2, y: window.innerHeight / 2 });
    // Nudged clear of existing cards: a new card never hides one already there.
    useEditorStore.getState().addNode(item.type, dropSpot(centre, useEditorStore.getState().nodes), { channelId: item.channelId });
  }

  const issueCount = blockingIssueCount(issues);
  const side = panel === 'test' ? <TestPanel routeId={route.id} onClose={() => setPanel(null)} />
    : panel === 'history' ? <HistoryPanel route={route} dirty={dirty} onRestore={actions.restore} onClose={() => setPanel(null)} />
    : inspectedNodeId ? <InspectorPanel nodeId={inspectedNodeId} />
    : null;

  return (
    <IssuesContext.Provider value={issues}>
      <EditorHeader route={route} dirty={dirty} issueCount={issueCount} panel={panel} onPanel={setPanel} actions={actions} />
      <GeneratedRouteBanner channelId={route.subscriptionChannelId} />
      <ScheduleBar route={route} />
      <Box style={{ flex: 1, display: 'flex', minHeight: 0 }}>
        <Palette onAdd={addFromPalette} />
        <Box style={{ flex: 1, position: 'relative', minWidth: 0 }}>
          <RouteCanvas />
          <GraphIssuesBar issues={issues.get('') ?? []} />
        </Box>
        {side}
      </Box>
    </IssuesContext.Provider>
  );
}
