import { Alert, Button, Divider, Group, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPlayerPlay, IconSend } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useEffect } from 'react';
import { Link } from 'react-router';
import { useChannels } from '../../api/channels.js';
import { eventsApi } from '../../api/events.js';
import { ApiError } from '../../api/http.js';
import { routesApi } from '../../api/routes.js';
import { SidePanel } from '../inspector/SidePanel.js';
import { NODE_META } from '../nodes/nodeMeta.js';
import { useSampleEvent } from '../sample/useSampleEvent.js';
import { useEditorStore } from '../store/editorStore.js';
import { useIsDirty } from '../useIsDirty.js';
import { useRouteActions } from '../useRouteActions.js';
import { RenderedSendCard } from './RenderedSendCard.js';
import { TestEventSource } from './TestEventSource.js';
import { TraceList } from './TraceList.js';

/** Dry-runs the draft against an event and lights the path on the canvas; nothing is delivered. */
export function TestPanel({ routeId, onClose }: { routeId: string; onClose: () => void }) {
  const event = useSampleEvent();
  const dirty = useIsDirty();
  const { save } = useRouteActions(routeId);
  const channels = useChannels();
  const nodes = useEditorStore((s) => s.nodes);
  const run = useMutation({
    mutationFn: async () => {
      if (dirty && !(await save())) throw new Error('The draft could not be saved, so it was not tested.');
      return routesApi.test(routeId, event!, 'draft');
    },
    onSuccess: (result) => useEditorStore.getState().setTrace(result.trace),
    // A graph the server will not run comes back with issues per node: put them on the canvas.
    onError: (error) => error instanceof ApiError && error.issues.length > 0 && useEditorStore.getState().setServerIssues(error.issues),
  });
  const sendForReal = useMutation({
    mutationFn: () => eventsApi.send({ ...event!, id: undefined, timestamp: new Date().toISOString() }),
    onSuccess: (result) =>
      notifications.show({
        color: result.status === 'routed' ? 'teal' : 'gray',
        title: result.status === 'routed' ? `Event routed to ${result.matchedRoutes.length} published route(s)` : 'Event recorded, but no published route matched',
        message: <>Event <code>{result.id}</code>. Follow it in <Link to="/deliveries">Deliveries</Link>.</>,
      }),
    onError: (error) => notifications.show({ color: 'red', title: 'Event rejected', message: error.message }),
  });
  useEffect(() => () => useEditorStore.getState().setTrace(null), []);

  const nodeLabel = (id: string) => {
    const node = nodes.find((n) => n.id === id);
    return node ? `${node.data.label || NODE_META[node.type].title} (${id})` : id;
  };
  const channelOf = (nodeId: string) => {
    const channelId = (nodes.find((n) => n.id === nodeId)?.data.config as { channelId?: string } | undefined)?.channelId;
    return channels.data?.find((c) => c.id === channelId);
  };

  return (
    <SidePanel title="Test route" width={420} onClose={onClose}>
      <Stack gap="sm">
        <TestEventSource />
        <Group gap="xs">
          <Button size="xs" color="teal.9" leftSection={<IconPlayerPlay size={14} />} onClick={() => run.mutate()} loading={run.isPending} disabled={!event}>
            Run dry run
          </Button>
          <Button size="xs" variant="default" leftSection={<IconSend size={14} />} onClick={() => sendForReal.mutate()} loading={sendForReal.isPending} disabled={!event}
            title="POST this event to /v1/events: published routes run and really deliver">
            Send for real
          </Button>
        </Group>
        <Text size="xs" c="dimmed">
          The dry run uses the draft{dirty ? ' (saved first)' : ''} and delivers nothing. “Send for real” posts the event: published routes run and deliver.
        </Text>
        {run.isError && <Alert color="red" p="xs" title="Test failed"><Text size="xs">{run.error.message}</Text></Alert>}
        {run.data && (
          <>
            <Divider label="Path" labelPosition="left" />
            <TraceList trace={run.data.trace} nodeLabel={nodeLabel} />
            <Divider label={`Messages (${run.data.messages.length})`} labelPosition="left" />
            {run.data.messages.length === 0 && <Text size="xs" c="dimmed">No send node was reached.</Text>}
            {run.data.messages.map((send) => <RenderedSendCard key={send.nodeId} send={send} channel={channelOf(send.nodeId)} />)}
          </>
        )}
      </Stack>
    </SidePanel>
  );
}
