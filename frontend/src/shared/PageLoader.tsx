import { Center, Loader } from '@mantine/core';

export function PageLoader({ label = 'Loading' }: { label?: string }) {
  return (
    <Center flex={1} mih={200} aria-label={label} role="status">
      <Loader size="sm" />
    </Center>
  );
}
