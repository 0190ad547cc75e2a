import { Alert, Code, Paper, Stack, Tabs, Text } from '@mantine/core';
import type { Message } from '@signalbox/route-model';
import type { Channel } from '../../api/channels.js';
import type { RenderedSend } from '../../api/routes.js';
import { MessagePreview } from '../preview/MessagePreview.js';
import { platformPreview } from '../preview/platform/platformPreview.js';
import { platformName } from '../preview/platform/platformNames.js';
import { styleForPlugin } from '../preview/previewStyles.js';

const isMessage = (value: unknown): value is Message =>
  !!value && typeof value === 'object' && typeof (value as Message).title === 'string' && !!(value as Message).event;

/** The neutral message, drawn as Slack/Discord do or as a card labelled with the platform it stands in for. */
function NeutralPreview({ message, pluginId }: { message: Message; pluginId?: string }) {
  const style = styleForPlugin(pluginId);
  if (style !== 'card') return <MessagePreview message={message} style={style} />;
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed" data-testid="generic-preview-note">
        Generic card: {platformName(pluginId)} lays the message out its own way; the exact payload is under “Channel payload”.
      </Text>
      <MessagePreview message={message} style={style} />
    </Stack>
  );
}

/** What one send node would deliver: the message as the channel shows it, and the exact payload. */
export function RenderedSendCard({ send, channel }: { send: RenderedSend; channel?: Channel }) {
  const pluginId = channel?.pluginId;
  // Drawn from the plugin's own payload where we can, so the preview cannot drift from what is delivered.
  const platform = platformPreview(send, channel);
  const hasPreview = platform !== null || isMessage(send.message);
  return (
    <Paper withBorder p="xs" data-testid={`rendered-send-${send.nodeId}`}>
      <Stack gap={6}>
        <Text size="xs" fw={600}>{channel?.name ?? 'Unknown channel'} <Text span size="xs" c="dimmed">({pluginId ?? 'plugin'} · {send.nodeId})</Text></Text>
        {send.error && <Alert color="red" p="xs"><Text size="xs">{send.error}</Text></Alert>}
        <Tabs defaultValue={hasPreview ? 'preview' : 'payload'} variant="pills">
          <Tabs.List>
            {hasPreview && <Tabs.Tab value="preview" fz="xs">Preview</Tabs.Tab>}
            <Tabs.Tab value="payload" fz="xs">Channel payload</Tabs.Tab>
          </Tabs.List>
          {hasPreview && (
            <Tabs.Panel value="preview" pt="xs">{platform ?? (isMessage(send.message) && <NeutralPreview message={send.message} pluginId={pluginId} />)}</Tabs.Panel>
          )}
          <Tabs.Panel value="payload" pt="xs">
            <Code block fz={10} mah={240} style={{ overflow: 'auto' }} tabIndex={0} aria-label="Channel payload JSON">{JSON.stringify(send.payload ?? send.message ?? null, null, 2)}</Code>
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </Paper>
  );
}
