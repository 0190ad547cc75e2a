import { Alert, Button, Drawer, Group, Loader, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useMemo, useState } from 'react';
import { ApiError } from '../../api/http.js';
import { useChannelMutations, type Channel } from '../../api/channels.js';
import { usePlugins } from '../../api/plugins.js';
import { ChannelConfigForm } from './ChannelConfigForm.js';
import { ChannelFormTest } from './ChannelFormTest.js';
import { serverErrorsToFields } from './formErrors.js';
import { keepUntouchedSecrets, stringMapPaths, stripMasked } from './secretFields.js';

/** Create (channel = null) or edit a channel; the config part of the form comes from the plugin's schema. */
export function ChannelFormDrawer({ opened, channel, onClose }: { opened: boolean; channel: Channel | null; onClose: () => void }) {
  const plugins = usePlugins();
  const { create, update } = useChannelMutations();
  const [name, setName] = useState('');
  const [pluginId, setPluginId] = useState<string | null>(null);
  const [config, setConfig] = useState<Record<string, unknown>>({});
  const plugin = plugins.data?.find((p) => p.id === pluginId);
  const mapPaths = useMemo(() => (plugin ? stringMapPaths(plugin.configSchema) : new Set<string>()), [plugin]);

  // The edited channel's plugin (constant while creating, so choosing a plugin does not reset the drawer).
  const channelPlugin = channel ? plugins.data?.find((p) => p.id === channel.pluginId) : undefined;
  useEffect(() => {
    if (!opened) return;
    setName(channel?.name ?? '');
    setPluginId(channel?.pluginId ?? null);
    const channelMaps = channelPlugin ? stringMapPaths(channelPlugin.configSchema) : new Set<string>();
    setConfig(channel ? (stripMasked(channel.config, channelMaps) as Record<string, unknown>) : {});
    create.reset();
    update.reset();
    // Reset only when the drawer opens (or opens on another channel, or that channel's plugin schema arrives), not on every render.
  }, [opened, channel, channelPlugin]);

  const mutation = channel ? update : create;
  const serverErrors = useMemo(
    () => (mutation.error instanceof ApiError ? serverErrorsToFields(mutation.error.issues, mapPaths) : null),
    [mutation.error, mapPaths],
  );
  /** What the API should get: in an edit, secrets left empty are sent back masked ("keep"). */
  const configToSend = (formData: Record<string, unknown>) =>
    channel ? (keepUntouchedSecrets(channel.config, formData, mapPaths) as Record<string, unknown>) : formData;

  async function submit(formData: Record<string, unknown>) {
    try {
      if (channel) await update.mutateAsync({ id: channel.id, patch: { name: name.trim(), config: configToSend(formData) } });
      else await create.mutateAsync({ name: name.trim(), pluginId: pluginId!, config: formData });
      notifications.show({ color: 'green', message: channel ? 'Channel saved' : 'Channel created' });
      onClose();
    } catch {
      /* the error is shown on the fields and in the drawer */
    }
  }

  const changeConfig = (next: Record<string, unknown>) => {
    setConfig(next);
    if (mutation.error) mutation.reset(); // the API's verdict was about the config before this change
  };

  return (
    <Drawer opened={opened} onClose={onClose} position="right" size={460} closeButtonProps={{ 'aria-label': 'Close' }} title={channel ? `Edit ${channel.name}` : 'New channel'}>
      <Stack gap="sm">
        <Select label="Channel type" data={(plugins.data ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.version})` }))} value={pluginId}
          onChange={(id) => { setPluginId(id); setConfig({}); }} disabled={!!channel} placeholder={plugins.isPending ? 'Loading plugins…' : 'Choose a plugin'} required
          error={plugins.isError ? plugins.error.message : undefined} />
        {plugin?.description && <Text size="xs" c="dimmed">{plugin.description}</Text>}
        <TextInput label="Name" placeholder="Ops Slack" value={name} onChange={(e) => setName(e.currentTarget.value)} required />
        {pluginId && !plugin && plugins.isPending && <Loader size="sm" />}
        {plugin && (
          <ChannelConfigForm key={plugin.id} schema={plugin.configSchema} editing={!!channel} formData={config} onChange={changeConfig}
            onSubmit={(data) => void submit(data)} {...(serverErrors ? { serverErrors: serverErrors.fields } : {})}>
            {mutation.error && (
              <Alert color="red" p="xs" mt="sm" title="Not saved">
                {/* Field problems are shown on their fields; only the rest is spelled out here. */}
                {serverErrors?.other.length ? serverErrors.other.map((line) => <Text size="xs" key={line}>{line}</Text>)
                  : <Text size="xs">{serverErrors?.hasFieldErrors ? 'Fix the fields marked above.' : mutation.error.message}</Text>}
              </Alert>
            )}
            <ChannelFormTest pluginId={plugin.id} channelId={channel?.id} name={name.trim()} config={() => configToSend(config)} />
            <Group justify="flex-end" mt="md">
              <Button variant="default" onClick={onClose}>Cancel</Button>
              <Button type="submit" loading={mutation.isPending} disabled={!name.trim()}>{channel ? 'Save' : 'Create channel'}</Button>
            </Group>
          </ChannelConfigForm>
        )}
      </Stack>
    </Drawer>
  );
}
