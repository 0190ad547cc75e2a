import { Anchor, Badge, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import type { Message } from '@signalbox/route-model';
import { SEVERITY_COLOR } from '../../app/theme.js';
import { MarkdownText } from './MarkdownText.js';

/** A neutral card (Teams, email, generic webhooks): severity, title, body, a field grid and a link. */
export function CardPreview({ message }: { message: Message }) {
  return (
    <Paper withBorder p="sm" radius="md" style={{ borderTop: `4px solid var(--mantine-color-${SEVERITY_COLOR[message.severity]}-6)` }} data-testid="preview-card">
      <Stack gap={6}>
        <Group gap={6}>
          <Badge size="xs" color={SEVERITY_COLOR[message.severity]}>{message.severity}</Badge>
          <Text size="xs" c="dimmed">{message.event.type} · {message.event.source}</Text>
        </Group>
        <Text fw={700} size="md" data-testid="preview-title"><MarkdownText text={message.title} /></Text>
        {message.body && <Text size="sm" component="div" data-testid="preview-body"><MarkdownText text={message.body} /></Text>}
        {message.fields.length > 0 && (
          <SimpleGrid cols={2} spacing={6} verticalSpacing={4}>
            {message.fields.map((f, i) => (
              <div key={i}>
                <Text size="xs" c="dimmed"><MarkdownText text={f.label} /></Text>
                <Text size="sm" component="div"><MarkdownText text={f.value} /></Text>
              </div>
            ))}
          </SimpleGrid>
        )}
        {message.url && <Anchor href={message.url} target="_blank" size="sm">Open details →</Anchor>}
      </Stack>
    </Paper>
  );
}
