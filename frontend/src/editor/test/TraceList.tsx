import { Badge, Group, Stack, Text, type MantineColor } from '@mantine/core';
import type { TraceStep } from '../../api/routes.js';

const OUTCOME_COLOR: Record<string, MantineColor> = { passed: 'green', rendered: 'green', sent: 'green', would_send: 'green', filtered: 'gray', skipped: 'gray', throttled: 'yellow', grouped: 'yellow', failed: 'red' };

/** The dry run's path, step by step, with why each node let the event through or stopped it. */
export function TraceList({ trace, nodeLabel }: { trace: TraceStep[]; nodeLabel: (id: string) => string }) {
  if (!trace.length) return <Text size="xs" c="dimmed">The trigger did not match this event: no node ran.</Text>;
  return (
    <Stack gap={4}>
      {trace.map((step, i) => (
        <Group key={`${step.nodeId}-${i}`} gap={6} wrap="nowrap" align="flex-start">
          <Badge size="xs" miw={84} style={{ flexShrink: 0 }} color={OUTCOME_COLOR[step.outcome] ?? 'gray'}>{step.outcome}</Badge>
          <div style={{ minWidth: 0 }}>
            <Text size="xs" fw={500}>{nodeLabel(step.nodeId)}</Text>
            {step.reason && <Text size="xs" c="dimmed" ff="monospace" style={{ wordBreak: 'break-word' }}>{step.reason}</Text>}
          </div>
        </Group>
      ))}
    </Stack>
  );
}
