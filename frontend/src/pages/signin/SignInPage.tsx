import { Alert, Button, Center, Code, Paper, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { IconBell, IconKey } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { ApiError, call, client } from '../../api/http.js';
import { usePageTitle } from '../../shared/usePageTitle.js';

/** Checks the key against the API before keeping it, so a typo is caught here rather than on every page. */
export function SignInPage({ onSignIn }: { onSignIn: (key: string) => void }) {
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [checking, setChecking] = useState(false);
  usePageTitle('Sign in');

  async function submit(event: FormEvent) {
    event.preventDefault();
    setChecking(true);
    setError(null);
    try {
      // The key is checked before it is stored: a 401 here is an answer, not a sign-out.
      await call(client.GET('/v1/routes', { headers: { Authorization: `Bearer ${key.trim()}` } }), { signOutOn401: false });
      onSignIn(key.trim());
    } catch (err) {
      setError(err instanceof ApiError && err.statusCode === 401 ? 'This API key was not accepted.' : (err as Error).message);
    } finally {
      setChecking(false);
    }
  }

  return (
    <Center mih="100dvh" bg="var(--mantine-color-default-hover)">
      <Paper component="form" onSubmit={submit} w={400} p="xl" withBorder shadow="sm">
        <Stack>
          <Stack gap={4} align="center">
            <IconBell size={32} color="var(--mantine-color-indigo-6)" />
            <Title order={3}>Sign in to Signalbox</Title>
            <Text size="sm" c="dimmed" ta="center">
              Paste an API key — <Code>npm start</Code> prints one. A link with <Code>?apiKey=</Code> signs you in directly.
            </Text>
          </Stack>
          <PasswordInput
            label="API key"
            placeholder="sbx_…"
            leftSection={<IconKey size={16} />}
            value={key}
            onChange={(e) => setKey(e.currentTarget.value)}
            autoFocus
            required
          />
          {error && <Alert color="red" variant="light">{error}</Alert>}
          <Button type="submit" loading={checking} disabled={!key.trim()}>Sign in</Button>
        </Stack>
      </Paper>
    </Center>
  );
}
