import { Anchor } from '@mantine/core';
import { temporalWorkflowUrl, useUiConfig } from '../../api/uiConfig.js';

/** "Workflow in Temporal UI" for an event that was routed; nothing when no Temporal UI is configured. */
export function TemporalWorkflowLink({ eventId }: { eventId: string }) {
  const config = useUiConfig();
  const href = temporalWorkflowUrl(config.data, eventId);
  if (!href) return null;
  return (
    <Anchor href={href} target="_blank" rel="noreferrer" size="xs">
      Workflow in Temporal UI ↗
    </Anchor>
  );
}
