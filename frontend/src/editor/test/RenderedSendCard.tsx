import { Alert, Code, Paper, Stack, Tabs, Text } from '@mantine/core';
import type { Message } from '@signalbox/route-model';
import type { Channel } from '../../api/channels.js';
import type { RenderedSend } from '../../api/routes.js';
import { MessagePreview } from '../preview/MessagePreview.js';
import { styleForPlugin } from '../preview/previewStyles.js';

const isMessage = (value: unknown): value is Message =>
  !!value && typeof value === 'object' && typeof (value as Message).title === 'string' && !!(value as Message).event;

/** What one send node would deliver: the message as the channel shows it, and the exact payload. */
export function RenderedSendCard({ send, channel }: { send: RenderedSend; channel?: Channel }) {
  const pluginId = channel?.pluginId;
  return (
    <Paper withBorder p="xs">
      <Stack gap={6}>
        <Text size="xs" fw={600}>{channel?.name ?? 'Unknown channel'} <Text span size="xs" c="dimmed">({pluginId ?? 'plugin'} · {send.nodeId})</Text></Text>
        {send.error && <Alert color="red" p="xs"><Text size="xs">{send.error}</Text></Alert>}
        <Tabs defaultValue={isMessage(send.message) ? 'preview' : 'payload'} variant="pills">
          <Tabs.List>
            {isMessage(send.message) && <Tabs.Tab value="preview" fz="xs">Preview</Tabs.Tab>}
            <Tabs.Tab value="payload" fz="xs">Channel payload</Tabs.Tab>
          </Tabs.List>
          {isMessage(send.message) && (
            <Tabs.Panel value="preview" pt="xs"><MessagePreview message={send.message} style={styleForPlugin(pluginId)} /></Tabs.Panel>
          )}
          <Tabs.Panel value="payload" pt="xs">
            <Code block fz={10} mah={240} style={{ overflow: 'auto' }}>{JSON.stringify(send.payload ?? send.message ?? null, null, 2)}</Code>
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Paper>
  );
}
