import { Alert, Code, Group, ScrollArea, SegmentedControl, Tabs, Text } from '@mantine/core';
import type { EscapeMode, SignalboxEvent, TemplateConfig } from '@signalbox/route-model';
import { MessagePreview } from '../../preview/MessagePreview.js';
import { PREVIEW_STYLES, type PreviewStyle } from '../../preview/previewStyles.js';
import { GROUP_PREVIEW_SIZE } from '../../preview/groupPreview.js';
import { useLivePreview } from '../../preview/useLivePreview.js';
import { platformName } from '../../preview/platform/platformNames.js';

interface Props {
  config: TemplateConfig;
  sample: SignalboxEvent | null;
  style: PreviewStyle;
  onStyle: (style: PreviewStyle) => void;
  /** The escape mode of the plugin this template feeds, when there is one. */
  escape?: EscapeMode;
  /** The key template of the group node before this template, if there is one. */
  groupBy?: string;
  /** The plugin of the send node this template feeds, when there is one. */
  pluginId?: string;
}

/** The live preview, pinned under the editors: rendered in the browser by the same code the worker runs. */
export function TemplatePreviewPane({ config, sample, style, onStyle, escape, groupBy, pluginId }: Props) {
  const result = useLivePreview(config, sample, style, escape, groupBy);
  return (
    <Tabs defaultValue="preview" variant="outline" keepMounted={false}>
      <Group justify="space-between" wrap="nowrap">
        <Tabs.List>
          <Tabs.Tab value="preview">Preview</Tabs.Tab>
          <Tabs.Tab value="message">Message JSON</Tabs.Tab>
        </Tabs.List>
        <SegmentedControl size="xs" value={style} onChange={(v) => onStyle(v as PreviewStyle)} aria-label="Preview style"
          data={Object.entries(PREVIEW_STYLES).map(([value, s]) => ({ value, label: s.label }))} />
      </Group>
      <ScrollArea.Autosize mah={260} pt="xs" aria-live="polite">
        {!sample && <Text size="xs" c="dimmed">Choose a sample event to see the preview.</Text>}
        {sample && groupBy !== undefined && (
          <Text size="xs" c="dimmed" mb={4} data-testid="group-preview-note">After a group node: previewed as a group of {GROUP_PREVIEW_SIZE} copies of the sample event.</Text>
        )}
        {result && !result.ok && (
          <Alert color="red" variant="light" p="xs" title={`${result.part} does not render`} data-testid="preview-error">
            <Text size="xs" ff="monospace">{result.error}</Text>
          </Alert>
        )}
        {result?.ok && style === 'card' && pluginId && (
          <Text size="xs" c="dimmed" mb={4} data-testid="generic-preview-note">
            Generic card for {platformName(pluginId)}: run Test to see the message exactly as {platformName(pluginId)} receives it.
          </Text>
        )}
        {result?.ok && (
          <>
            <Tabs.Panel value="preview"><MessagePreview message={result.message} style={style} /></Tabs.Panel>
            <Tabs.Panel value="message">
              <Code block fz={11}>{JSON.stringify({ ...result.message, event: `(${result.message.event.type} ${result.message.event.id})` }, null, 2)}</Code>
            </Tabs.Panel>
          </>
        )}
      </ScrollArea.Autosize>
    </Tabs>
  );
}
