import { Alert, Button, Drawer, Group, Loader, Select, Stack, Text, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useEffect, useState } from 'react';
import { useChannelMutations, type Channel } from '../../api/channels.js';
import { usePlugins } from '../../api/plugins.js';
import { ChannelConfigForm } from './ChannelConfigForm.js';
import { keepUntouchedSecrets, stripMasked } from './secretFields.js';

/** Create (channel = null) or edit a channel; the config part of the form comes from the plugin's schema. */
export function ChannelFormDrawer({ opened, channel, onClose }: { opened: boolean; channel: Channel | null; onClose: () => void }) {
  const plugins = usePlugins();
  const { create, update } = useChannelMutations();
  const [name, setName] = useState('');
  const [pluginId, setPluginId] = useState<string | null>(null);
  const [config, setConfig] = useState<Record<string, unknown>>({});

  useEffect(() => {
    if (!opened) return;
    setName(channel?.name ?? '');
    setPluginId(channel?.pluginId ?? null);
    setConfig(channel ? (stripMasked(channel.config) as Record<string, unknown>) : {});
    create.reset();
    update.reset();
    // Reset only when the drawer opens (or opens on another channel), not on every render.
  }, [opened, channel]);

  const plugin = plugins.data?.find((p) => p.id === pluginId);
  const mutation = channel ? update : create;

  async function submit(formData: Record<string, unknown>) {
    try {
      if (channel) {
        const merged = keepUntouchedSecrets(channel.config, formData) as Record<string, unknown>;
        await update.mutateAsync({ id: channel.id, patch: { name: name.trim(), config: merged } });
      } else {
        await create.mutateAsync({ name: name.trim(), pluginId: pluginId!, config: formData });
      }
      notifications.show({ color: 'green', message: channel ? 'Channel saved' : 'Channel created' });
      onClose();
    } catch {
      /* the error is shown in the drawer */
    }
  }

  return (
    <Drawer opened={opened} onClose={onClose} position="right" size={460} title={channel ? `Edit ${channel.name}` : 'New channel'}>
      <Stack gap="sm">
        <Select label="Channel type" data={(plugins.data ?? []).map((p) => ({ value: p.id, label: `${p.name} (${p.version})` }))} value={pluginId}
          onChange={(id) => { setPluginId(id); setConfig({}); }} disabled={!!channel} placeholder={plugins.isPending ? 'Loading plugins…' : 'Choose a plugin'} required
          error={plugins.isError ? plugins.error.message : undefined} />
        {plugin?.description && <Text size="xs" c="dimmed">{plugin.description}</Text>}
        <TextInput label="Name" placeholder="Ops Slack" value={name} onChange={(e) => setName(e.currentTarget.value)} required />
        {pluginId && !plugin && plugins.isPending && <Loader size="sm" />}
        {plugin && (
          <ChannelConfigForm key={plugin.id} schema={plugin.configSchema} editing={!!channel} formData={config} onChange={setConfig} onSubmit={(data) => void submit(data)}>
            {mutation.error && (
              <Alert color="red" p="xs" mt="sm" title="Not saved">
                <Text size="xs">{mutation.error.message}</Text>
                {'issues' in mutation.error && (mutation.error as { issues: Array<{ path: string; message: string }> }).issues.map((i) => (
                  <Text size="xs" key={i.path}>{i.path}: {i.message}</Text>
                ))}
              </Alert>
            )}
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
