import { Alert, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import type { NodeIssue } from './issuesByNode.js';

/** Issues that belong to the graph as a whole (no trigger, a cycle) have no node to sit on; they sit here. */
export function GraphIssuesBar({ issues }: { issues: NodeIssue[] }) {
  if (!issues.length) return null;
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={16} />} p="xs" style={{ position: 'absolute', top: 12, left: 12, right: 12, zIndex: 5 }}>
      <List size="sm" spacing={2}>
        {issues.map((issue) => <List.Item key={issue.path + issue.message}>{issue.message}</List.Item>)}
      </List>
    </Alert>
  );
}
