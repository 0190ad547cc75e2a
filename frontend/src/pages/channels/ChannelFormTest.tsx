import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { IconPlugConnected } from '@tabler/icons-react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { channelsApi } from '../../api/channels.js';
import { ApiError } from '../../api/http.js';
import { ChannelTestOutcome } from './ChannelTestOutcome.js';
import { fieldLabelFromIssuePath } from './formErrors.js';

interface Props {
  pluginId: string;
  /** Editing: the unsaved changes apply to this channel, whose stored secrets fill what was left empty. */
  channelId: string | undefined;
  name: string;
  /** The config as the form holds it now (read when the button is pressed). */
  config: () => Record<string, unknown>;
}

/** Test before saving: the same test message as the list's Test button, with the form's unsaved config. */
export function ChannelFormTest({ pluginId, channelId, name, config }: Props) {
  const queryClient = useQueryClient();
  const test = useMutation({
    mutationFn: () => channelsApi.testConfig({ ...(channelId ? { channelId } : { pluginId }), ...(name ? { name } : {}), config: config() }),
    // A test of a saved channel becomes its last test, which the list's Health shows.
    onSettled: () => channelId && queryClient.invalidateQueries({ queryKey: ['channels'] }),
  });
  const issues = test.error instanceof ApiError ? test.error.issues : [];
  return (
    <Stack gap={6} mt="md" data-testid="channel-form-test">
      <Group gap="sm">
        <Button variant="light" leftSection={<IconPlugConnected size={14} />} loading={test.isPending} onClick={() => test.mutate()}>Send test message</Button>
        <Text size="xs" c="dimmed">Uses the values above; nothing is saved.</Text>
      </Group>
      {test.data && <ChannelTestOutcome result={test.data} />}
      {test.isError && (
        <Alert color="red" p="xs" title="Not sent">
          {issues.length ? issues.map((i) => <Text size="xs" key={i.path}>{fieldLabelFromIssuePath(i.path)}: {i.message}</Text>) : <Text size="xs">{test.error.message}</Text>}
        </Alert>
      )}
    </Stack>
  );
}
