import { ActionIcon, Alert, Group, List, Stack, TextInput, ThemeIcon, Tooltip } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { RouteNode } from '@signalbox/route-model';
import { useNodeIssues } from '../nodes/IssuesContext.js';
import { NODE_META } from '../nodes/nodeMeta.js';
import { useEditorStore } from '../store/editorStore.js';
import { FilterInspector } from './filter/FilterInspector.js';
import { GroupInspector } from './GroupInspector.js';
import { SendInspector } from './SendInspector.js';
import { SidePanel } from './SidePanel.js';
import { TemplateInspector } from './template/TemplateInspector.js';
import { ThrottleInspector } from './ThrottleInspector.js';
import { TriggerInspector } from './TriggerInspector.js';

type ConfigOf<T extends RouteNode['type']> = Extract<RouteNode, { type: T }>['config'];

export function InspectorPanel({ nodeId }: { nodeId: string }) {
  const node = useEditorStore((s) => s.nodes.find((n) => n.id === nodeId));
  const allIssues = useNodeIssues(nodeId);
  const issues = allIssues.filter((i) => i.level !== 'warning');
  const warnings = allIssues.filter((i) => i.level === 'warning');
  const { updateConfig, updateLabel, deleteNodes, inspect } = useEditorStore.getState();
  if (!node) return null;
  const meta = NODE_META[node.type];
  const Icon = meta.icon;
  const onChange = (config: RouteNode['config']) => updateConfig(node.id, config);
  const title = (
    <Group gap={8} wrap="nowrap">
      <ThemeIcon size={24} variant="light" color={meta.color}><Icon size={14} /></ThemeIcon>
      {meta.title} <span style={{ color: 'var(--mantine-color-dimmed)', fontWeight: 400 }}>{node.id}</span>
    </Group>
  );
  const remove = (
    <Tooltip label="Delete node">
      <ActionIcon variant="subtle" color="red" aria-label="Delete node" onClick={() => deleteNodes([node.id])}><IconTrash size={16} /></ActionIcon>
    </Tooltip>
  );

  return (
    <SidePanel title={title} width={node.type === 'template' ? 600 : 380} onClose={() => inspect(null)} actions={remove}>
      <Stack gap="sm">
        {issues.length > 0 && (
          <Alert color="red" variant="light" p="xs" title="Fix before publishing">
            <List size="xs">{issues.map((i) => <List.Item key={i.path + i.message}>{i.message}</List.Item>)}</List>
          </Alert>
        )}
        {warnings.length > 0 && (
          <Alert color="yellow" variant="light" p="xs" title="Worth a check">
            <List size="xs">{warnings.map((i) => <List.Item key={i.path + i.message}>{i.message}</List.Item>)}</List>
          </Alert>
        )}
        <TextInput size="xs" label="Label" placeholder={meta.title} value={node.data.label ?? ''} onChange={(e) => updateLabel(node.id, e.currentTarget.value)} />
        {node.type === 'trigger' && <TriggerInspector config={node.data.config as ConfigOf<'trigger'>} onChange={onChange} />}
        {node.type === 'filter' && <FilterInspector config={node.data.config as ConfigOf<'filter'>} onChange={onChange} />}
        {node.type === 'template' && <TemplateInspector nodeId={node.id} config={node.data.config as ConfigOf<'template'>} onChange={onChange} />}
        {node.type === 'throttle' && <ThrottleInspector config={node.data.config as ConfigOf<'throttle'>} onChange={onChange} />}
        {node.type === 'group' && <GroupInspector config={node.data.config as ConfigOf<'group'>} onChange={onChange} />}
        {node.type === 'send' && <SendInspector config={node.data.config as ConfigOf<'send'>} onChange={onChange} />}
      </Stack>
    </SidePanel>
  );
}
