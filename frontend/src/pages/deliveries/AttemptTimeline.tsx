import { Code, Group, Text, Timeline } from '@mantine/core';
import { IconCheck, IconX } from '@tabler/icons-react';
import type { DeliveryAttempt } from '../../api/deliveries.js';
import { formatDateTime } from '../../shared/formatTime.js';

const succeeded = (a: DeliveryAttempt) => a.outcome === 'delivered';
const NOTE: Record<DeliveryAttempt['outcome'], { text: string; color: string } | null> = {
  delivered: null,
  permanent_error: { text: 'permanent — not retried', color: 'red' },
  retryable_error: { text: 'will retry', color: 'orange' },
  in_flight: { text: 'sending…', color: 'blue' },
  // The worker stopped after the request left: the receiver may have got it (same webhook-id on the retry).
  interrupted: { text: 'interrupted — answer not recorded', color: 'orange' },
};

export function AttemptTimeline({ attempts }: { attempts: DeliveryAttempt[] }) {
  if (!attempts.length) return <Text size="xs" c="dimmed">No attempt yet.</Text>;
  return (
    <Timeline bulletSize={20} lineWidth={2} active={attempts.length - 1}>
      {attempts.map((a) => (
        <Timeline.Item key={a.attempt} color={succeeded(a) ? 'green' : 'red'} bullet={succeeded(a) ? <IconCheck size={12} /> : <IconX size={12} />}
          title={<Group gap={8}><Text size="sm" fw={500}>Attempt {a.attempt}</Text>{NOTE[a.outcome] && <Text size="xs" c={NOTE[a.outcome]!.color}>{NOTE[a.outcome]!.text}</Text>}{a.statusCode != null && <Text size="xs">HTTP {a.statusCode}</Text>}{a.latencyMs != null && <Text size="xs" c="dimmed">{Math.round(a.latencyMs)} ms</Text>}</Group>}>
          <Text size="xs" c="dimmed">{formatDateTime(a.startedAt)}</Text>
          {a.error && <Text size="xs" c="red" style={{ wordBreak: 'break-word' }}>{a.error}</Text>}
          {a.responseExcerpt && <Code block fz={10} mt={4} mah={120} style={{ overflow: 'auto' }}>{a.responseExcerpt}</Code>}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
