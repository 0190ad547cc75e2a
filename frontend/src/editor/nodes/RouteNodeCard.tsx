import { ThemeIcon, Tooltip } from '@mantine/core';
import { Handle, Position, type NodeProps } from '@xyflow/react';
import { useChannels } from '../../api/channels.js';
import { ELSE_HANDLE, PASS_HANDLE, type FlowNode } from '../graphAdapter.js';
import { useEditorStore } from '../store/editorStore.js';
import { useNodeIssues } from './IssuesContext.js';
import { NODE_META, summarize } from './nodeMeta.js';
import classes from './RouteNodeCard.module.css';
import { traceLook } from './traceStyle.js';

/** One card for every node type: icon and colour by type, a one-line summary, issues and test outcome inline. */
export function RouteNodeCard({ id, type, data, selected }: NodeProps<FlowNode>) {
  const meta = NODE_META[type];
  // Errors first; warnings (level "warning") are shown in their own style and do not mark the card invalid.
  const allIssues = useNodeIssues(id);
  const issues = allIssues.filter((i) => i.level !== 'warning');
  const warnings = allIssues.filter((i) => i.level === 'warning');
  const channels = useChannels();
  const trace = useEditorStore((s) => s.trace);
  const step = trace?.[id];
  const look = traceLook(step, trace !== null);
  const channelName = (channelId: string) => channels.data?.find((c) => c.id === channelId)?.name;
  const className = [classes.card, selected && classes.selected, issues.length > 0 && classes.invalid, issues.length === 0 && warnings.length > 0 && classes.warned, look && classes[look]].filter(Boolean).join(' ');
  const Icon = meta.icon;

  return (
    <div className={className} data-testid={`node-${id}`} data-invalid={issues.length > 0 || undefined} data-warning={warnings.length > 0 || undefined} data-outcome={step?.outcome}>
      {type !== 'trigger' && <Handle type="target" position={Position.Top} />}
      <div className={classes.header}>
        <ThemeIcon size={28} radius="md" color={meta.color} variant="light"><Icon size={16} /></ThemeIcon>
        <div style={{ minWidth: 0 }}>
          <div className={classes.kind}>{meta.title}</div>
          <div className={classes.title}>{data.label || meta.title}</div>
        </div>
      </div>
      <Tooltip label={summarize(type, data.config, channelName)} openDelay={400} multiline maw={320}>
        <div className={classes.summary}>{summarize(type, data.config, channelName)}</div>
      </Tooltip>
      {step && (
        <div className={classes.note} title={step.reason ?? undefined}>
          <b>{step.outcome}</b>{step.reason ? ` — ${step.reason}` : ''}
        </div>
      )}
      {issues.length > 0 && (
        <div className={`${classes.note} ${classes.issue}`} role="alert">
          {issues[0]!.message}
          {allIssues.length > 1 && ` (+${allIssues.length - 1} more)`}
        </div>
      )}
      {issues.length === 0 && warnings.length > 0 && (
        <div className={`${classes.note} ${classes.warning}`} role="status">
          {warnings[0]!.message}
          {warnings.length > 1 && ` (+${warnings.length - 1} more)`}
        </div>
      )}
      {type === 'filter' ? (
        <>
          <Handle type="source" position={Position.Bottom} id={PASS_HANDLE} style={{ left: '30%' }} />
          <span className={classes.handleLabel} style={{ left: '30%' }}>pass</span>
          <Handle type="source" position={Position.Bottom} id={ELSE_HANDLE} style={{ left: '70%', background: 'var(--mantine-color-gray-6)' }} />
          <span className={classes.handleLabel} style={{ left: '70%' }}>else</span>
        </>
      ) : (
        type !== 'send' && <Handle type="source" position={Position.Bottom} />
      )}
    </div>
  );
}
