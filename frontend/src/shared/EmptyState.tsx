import { Stack, Text, ThemeIcon, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function EmptyState({ icon, title, children, action }: { icon: ReactNode; title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <Stack align="center" gap="xs" py={60} px="md" ta="center">
      <ThemeIcon size={48} radius="xl" variant="light" color="gray">{icon}</ThemeIcon>
      <Title order={4}>{title}</Title>
      {children && <Text c="dimmed" size="sm" maw={420}>{children}</Text>}
      {action}
    </Stack>
  );
}
