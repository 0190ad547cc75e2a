import { Alert, Anchor, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { routesInTheWay, useChannelMutations, type Channel } from '../../api/channels.js';

/**
 * Delete asks the API first without force: while published routes send to the channel it answers 409
 * naming them, and only then does the dialog offer "Delete anyway" (their sends will fail until fixed).
 */
export function ChannelDeleteModal({ channel, opened, onClose }: { channel: Channel; opened: boolean; onClose: () => void }) {
  const { remove } = useChannelMutations();
  const inUse = routesInTheWay(remove.error);
  const close = () => {
    remove.reset();
    onClose();
  };
  const run = (force: boolean) => remove.mutate({ id: channel.id, force }, { onSuccess: close });
  return (
    <Modal opened={opened} onClose={close} title={`Delete ${channel.name}?`} size="md">
      <Stack gap="sm">
        {!inUse && <Text size="sm">The channel and its settings are removed. Deliveries already made stay in the log.</Text>}
        {remove.error && !inUse && <Alert color="red">{remove.error.message}</Alert>}
        {inUse && (
          <Alert color="orange" title={`Used by ${inUse.length} published route${inUse.length === 1 ? '' : 's'}`} data-testid="channel-in-use">
            <Text size="sm" mb={6}>Events these routes match would fail at their send step:</Text>
            <List size="sm">
              {inUse.map((r) => (
                <List.Item key={r.id}><Anchor component={Link} to={`/routes/${r.id}`} size="sm">{r.name}</Anchor></List.Item>
              ))}
            </List>
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>Cancel</Button>
          {inUse ? (
            <Button color="red" loading={remove.isPending} onClick={() => run(true)}>Delete anyway</Button>
          ) : (
            <Button color="red" loading={remove.isPending} onClick={() => run(false)}>Delete</Button>
          )}
        </Group>
      </Stack>
    </Modal>
  );
}
