import { Group, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function PageHeader({ title, description, actions }: { title: string; description?: string; actions?: ReactNode }) {
  return (
    <Group justify="space-between" px="lg" py="md" style={{ borderBottom: '1px solid var(--mantine-color-default-border)' }}>
      <div>
        <Title order={3}>{title}</Title>
        {description && <Text size="sm" c="dimmed">{description}</Text>}
      </div>
      <Group gap="xs">{actions}</Group>
    </Group>
  );
}
