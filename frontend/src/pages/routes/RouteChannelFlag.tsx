import { Badge, List, Tooltip } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { ChannelIssue } from '../../api/routes.js';

const LABEL: Record<ChannelIssue['problem'], string> = { missing: 'channel missing', paused: 'channel paused', disabled: 'channel disabled' };

/** A live route whose sends cannot deliver says so in the list, before anyone opens it or publishes. */
export function RouteChannelFlag({ issues }: { issues: ChannelIssue[] }) {
  if (issues.length === 0) return null;
  // The worst problem names the badge: a missing channel fails sends, a paused one only delays them.
  const worst = issues.find((i) => i.problem === 'missing') ?? issues.find((i) => i.problem === 'disabled') ?? issues[0]!;
  return (
    <Tooltip multiline w={320} label={<List size="xs">{issues.map((i) => <List.Item key={i.nodeId}>{i.nodeId}: {i.message}</List.Item>)}</List>}>
      <Badge data-testid="route-channel-issue" color={worst.problem === 'paused' ? 'yellow' : 'red'} variant="light" radius="sm"
        leftSection={<IconAlertTriangle size={12} />} style={{ flexShrink: 0 }}>
        {LABEL[worst.problem]}{issues.length > 1 ? ` (+${issues.length - 1})` : ''}
      </Badge>
    </Tooltip>
  );
}
