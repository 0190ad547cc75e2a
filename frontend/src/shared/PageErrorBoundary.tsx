import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Component, type ErrorInfo, type ReactNode } from 'react';

interface Props {
  children: ReactNode;
  /** Said under the error, e.g. that unsaved editor work is kept. */
  hint?: string;
}

/**
 * A render error shows here, in place of the page, instead of blanking the whole app. A class because React
 * only offers error boundaries as classes. "Try again" remounts the page; stores outside React (the editor's
 * draft) survive, so unsaved edits come back.
 */
export class PageErrorBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override componentDidCatch(error: Error, info: ErrorInfo) {
    console.warn('Page error caught by boundary', error, info.componentStack);
  }

  override render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    return (
      <Alert role="alert" color="red" variant="light" icon={<IconAlertTriangle size={18} />} title="Something went wrong on this page" m="md">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{error.message}</Text>
          {this.props.hint && <Text size="sm">{this.props.hint}</Text>}
          <Button size="xs" variant="white" color="red" onClick={() => this.setState({ error: null })}>Try again</Button>
        </Stack>
      </Alert>
    );
  }
}
