import { Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';

export function NotFoundPage() {
  return (
    <Stack align="center" mt="xl" gap="xs">
      <Title order={3}>Nothing here</Title>
      <Text c="dimmed">This address does not match a page of Signalbox.</Text>
      <Button component={Link} to="/routes" variant="light">Go to routes</Button>
    </Stack>
  );
}
