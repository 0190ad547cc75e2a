import { ActionIcon, Badge, Button, Divider, Group, Text, Tooltip } from '@mantine/core';
import { IconArrowLeft, IconHistory, IconPlayerPlay } from '@tabler/icons-react';
import { Link } from 'react-router';
import type { Route } from '../../api/routes.js';
import { StatusBadge } from '../../shared/StatusBadge.js';
import { useUnpublishedChanges } from '../useUnpublishedChanges.js';
import { HistoryButtons } from './HistoryButtons.js';
import { LiveToggleButton } from './LiveToggleButton.js';
import { PublishButton } from './PublishButton.js';

export type SidePanel = 'test' | 'history' | null;

interface Props {
  route: Route;
  dirty: boolean;
  issueCount: number;
  panel: SidePanel;
  onPanel: (panel: SidePanel) => void;
  actions: { save: () => Promise<boolean>; publish: (dirty: boolean, note?: string) => Promise<void>; disable: () => Promise<void>; enable: () => Promise<void>; saving: boolean; publishing: boolean; busy: boolean };
}

export function EditorHeader({ route, dirty, issueCount, panel, onPanel, actions }: Props) {
  const changed = useUnpublishedChanges(route);
  const toggle = (which: SidePanel) => onPanel(panel === which ? null : which);
  return (
    <Group justify="space-between" px="md" py={8} wrap="nowrap" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
      <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
        <Tooltip label="All routes">
          <ActionIcon component={Link} to="/routes" variant="subtle" color="gray" aria-label="Back to routes"><IconArrowLeft size={18} /></ActionIcon>
        </Tooltip>
        <Text fw={600} truncate maw={280} title={route.name}>{route.name}</Text>
        <span style={{ flexShrink: 0 }}><StatusBadge status={route.status} /></span>
        {route.publishedVersion && <Badge color="gray" variant="outline" radius="sm" style={{ flexShrink: 0 }}>live v{route.publishedVersion}</Badge>}
        {route.publishedVersion && changed && <Badge color="orange" variant="light" radius="sm" style={{ flexShrink: 0 }} title="The draft differs from the live version">unpublished changes</Badge>}
        {dirty && <Text size="xs" c="orange" fw={500} style={{ whiteSpace: 'nowrap' }}>unsaved</Text>}
        {issueCount > 0 && <Badge color="red" radius="sm" style={{ flexShrink: 0 }}>{issueCount} issue{issueCount > 1 ? 's' : ''}</Badge>}
      </Group>
      <Group gap="xs" wrap="nowrap" style={{ flexShrink: 0 }}>
        <HistoryButtons />
        <Divider orientation="vertical" />
        <Button size="xs" variant={panel === 'test' ? 'filled' : 'light'} color={panel === 'test' ? 'teal.9' : 'teal'} leftSection={<IconPlayerPlay size={14} />} onClick={() => toggle('test')}>Test</Button>
        <Button size="xs" variant={panel === 'history' ? 'filled' : 'default'} leftSection={<IconHistory size={14} />} onClick={() => toggle('history')}>Versions</Button>
        <Divider orientation="vertical" />
        <LiveToggleButton route={route} busy={actions.busy} onDisable={() => void actions.disable()} onEnable={() => void actions.enable()} />
        <Tooltip label="Save draft (Ctrl+S)">
          <Button size="xs" variant="default" onClick={() => void actions.save()} loading={actions.saving} disabled={!dirty || actions.busy}>Save draft</Button>
        </Tooltip>
        <PublishButton issueCount={issueCount} changed={changed} busy={actions.busy} publishing={actions.publishing} onPublish={(note) => void actions.publish(dirty, note)} />
      </Group>
    </Group>
  );
}
