import { Alert, Badge, Button, Group, Loader, Stack, Text, UnstyledButton } from '@mantine/core';
import { useState } from 'react';
import { useRouteVersion, useRouteVersions, type Route } from '../../api/routes.js';
import { timeAgo } from '../../shared/formatTime.js';
import { SidePanel } from '../inspector/SidePanel.js';
import { useCurrentGraph } from '../useCurrentGraph.js';
import { VersionDiff } from './VersionDiff.js';

interface Props {
  route: Route;
  dirty: boolean;
  onRestore: (version: number) => Promise<void>;
  onClose: () => void;
}

/** Published versions, newest first; pick one to see what changed since (in the current draft) and restore it. */
export function HistoryPanel({ route, dirty, onRestore, onClose }: Props) {
  const versions = useRouteVersions(route.id);
  const [selected, setSelected] = useState<number | null>(null);
  const version = useRouteVersion(route.id, selected);
  const draft = useCurrentGraph();
  const sorted = [...(versions.data ?? [])].sort((a, b) => b.version - a.version);

  return (
    <SidePanel title="Versions" width={440} onClose={onClose}>
      <Stack gap="sm">
        {versions.isPending && <Loader size="sm" />}
        {versions.isError && <Alert color="red" p="xs">{versions.error.message}</Alert>}
        {versions.data?.length === 0 && <Text size="sm" c="dimmed">Nothing published yet. Publish to create version 1; every publish adds one.</Text>}
        <Stack gap={4}>
          {sorted.map((v) => (
            <UnstyledButton key={v.version} onClick={() => setSelected(v.version)} p={6}
              style={{ borderRadius: 6, background: selected === v.version ? 'var(--mantine-color-indigo-0)' : undefined, border: '1px solid var(--mantine-color-default-border)' }}>
              <Group justify="space-between">
                <Group gap={6}>
                  <Text size="sm" fw={600}>v{v.version}</Text>
                  {v.version === route.publishedVersion && <Badge size="xs" color="green">live</Badge>}
                </Group>
                <Text size="xs" c="dimmed">{timeAgo(v.createdAt)}</Text>
              </Group>
              {v.note && <Text size="xs" mt={2} data-testid="version-note">{v.note}</Text>}
            </UnstyledButton>
          ))}
        </Stack>
        {selected !== null && (
          <Stack gap="xs">
            {version.isPending && <Loader size="sm" />}
            {version.isError && <Alert color="red" p="xs">{version.error.message}</Alert>}
            {version.data?.graph && (
              <>
                <VersionDiff before={version.data.graph} after={draft} beforeLabel={`v${selected}`} afterLabel="current draft" />
                <Button size="xs" variant="light" color="orange" onClick={() => void onRestore(selected)}>
                  Restore v{selected} as the draft{dirty ? ' (discards unsaved changes)' : ''}
                </Button>
              </>
            )}
          </Stack>
        )}
      </Stack>
    </SidePanel>
  );
}
