import { Box, Stack } from '@mantine/core';
import type { TemplateConfig } from '@signalbox/route-model';
import { useMemo, useState } from 'react';
import { styleForPlugin, type PreviewStyle } from '../../preview/previewStyles.js';
import { SampleEventPicker } from '../../sample/SampleEventPicker.js';
import { useSampleEvent } from '../../sample/useSampleEvent.js';
import { usePlugins } from '../../../api/plugins.js';
import { useDownstreamPlugin } from '../../useDownstreamPlugin.js';
import { useUpstreamGroupBy } from '../../useUpstreamGroupBy.js';
import { flattenPaths, previewValue } from '../filter/flattenPaths.js';
import { HandlebarsEditor } from './HandlebarsEditor.js';
import { TemplateFieldsEditor } from './TemplateFieldsEditor.js';
import { TemplatePreviewPane } from './TemplatePreviewPane.js';

export function TemplateInspector({ nodeId, config, onChange }: { nodeId: string; config: TemplateConfig; onChange: (c: TemplateConfig) => void }) {
  const sample = useSampleEvent();
  const plugin = useDownstreamPlugin(nodeId);
  const groupBy = useUpstreamGroupBy(nodeId);
  const plugins = usePlugins();
  const [chosenStyle, setStyle] = useState<PreviewStyle | null>(null);
  const style = chosenStyle ?? styleForPlugin(plugin);
  // Render as the downstream plugin will, unless the user picked another look to compare.
  const escape = chosenStyle ? undefined : plugins.data?.find((p) => p.id === plugin)?.escape;
  const paths = useMemo(() => (sample ? flattenPaths(sample).map((f) => ({ path: f.path, preview: previewValue(f.value) })) : []), [sample]);
  const set = (patch: Partial<TemplateConfig>) => onChange({ ...config, ...patch });

  return (
    <Stack gap="sm">
      <SampleEventPicker label="Preview with sample event" />
      <HandlebarsEditor label="Title" value={config.title} onChange={(title) => set({ title })} paths={paths} placeholder="[{{severity}}] {{subject}}" />
      <HandlebarsEditor label="Body (markdown subset)" value={config.body ?? ''} onChange={(body) => set({ body })} paths={paths} multiline placeholder="Type {{ to see fields and helpers" />
      <HandlebarsEditor label="Link URL (optional)" value={config.url ?? ''} onChange={(url) => set(url ? { url } : { url: undefined })} paths={paths} placeholder="https://status.example.com/{{data.id}}" />
      <TemplateFieldsEditor fields={config.fields ?? []} paths={paths} onChange={(fields) => set({ fields })} />
      <Box pos="sticky" bottom={-12} bg="white" py="xs" style={{ borderTop: '1px solid var(--mantine-color-default-border)', zIndex: 2 }}>
        <TemplatePreviewPane config={config} sample={sample} style={style} onStyle={setStyle} escape={escape} {...(plugin ? { pluginId: plugin } : {})} {...(groupBy !== undefined ? { groupBy } : {})} />
      </Box>
    </Stack>
  );
}
