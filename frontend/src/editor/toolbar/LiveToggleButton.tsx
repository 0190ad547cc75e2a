import { Button, Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { IconPlayerPlay, IconPlayerStop } from '@tabler/icons-react';
import type { Route } from '../../api/routes.js';

interface Props {
  route: Route;
  busy: boolean;
  onDisable: () => void;
  onEnable: () => void;
}

/** Disabling stops live routing, so it asks first; Enable puts the same live version back. */
export function LiveToggleButton({ route, busy, onDisable, onEnable }: Props) {
  if (route.status === 'disabled' && route.publishedVersion) {
    return <Button size="xs" variant="default" color="green" leftSection={<IconPlayerPlay size={14} />} onClick={onEnable} disabled={busy}>Enable</Button>;
  }
  if (route.status !== 'published') return null;
  const confirm = () =>
    modals.openConfirmModal({
      title: 'Disable this route?',
      children: <Text size="sm">New events stop matching “{route.name}”. Events already in flight finish. The draft and versions are kept; Enable brings v{route.publishedVersion} back.</Text>,
      labels: { confirm: 'Disable route', cancel: 'Cancel' },
      confirmProps: { color: 'red' },
      onConfirm: onDisable,
    });
  return <Button size="xs" variant="default" leftSection={<IconPlayerStop size={14} />} onClick={confirm} disabled={busy}>Disable</Button>;
}
