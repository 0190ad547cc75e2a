import { Anchor, Code, CopyButton, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconRocket } from '@tabler/icons-react';
import { readApiKey } from '../../api/apiKey.js';

/** For a new admin: where events go in and one command that sends the first one, with their own key. */
export function FirstRunPanel() {
  const ingestUrl = `${window.location.origin}/v1/events`;
  const curl = [
    `curl -X POST ${ingestUrl} \\`,
    `  -H "Authorization: Bearer ${readApiKey() ?? '<your API key>'}" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  -d '{"type":"deploy.failed","source":"ci","severity":"high","subject":"First event"}'`,
  ].join('\n');
  return (
    <Paper withBorder m="lg" p="md" data-testid="first-run" component="section" aria-labelledby="first-run-title">
      <Stack gap="xs">
        <Group gap={8}>
          <IconRocket size={18} color="var(--mantine-color-indigo-6)" />
          <Title order={4} id="first-run-title">Send your first event</Title>
        </Group>
        <Text size="sm">Your services post events to <Code>{ingestUrl}</Code>. Try it from a terminal:</Text>
        <Code block data-testid="first-run-curl">{curl}</Code>
        <Group gap="sm">
          <CopyButton value={curl}>{({ copied, copy }) => <Button size="xs" variant="light" onClick={copy}>{copied ? 'Copied' : 'Copy command'}</Button>}</CopyButton>
          <Anchor href="/docs" target="_blank" size="sm">API docs</Anchor>
        </Group>
        <Text size="xs" c="dimmed">It appears under Events; a route whose trigger matches its type delivers it. This panel goes away once an event arrives.</Text>
      </Stack>
    </Paper>
  );
}
