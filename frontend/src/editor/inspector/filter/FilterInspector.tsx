import { Alert, Divider, Stack, Text } from '@mantine/core';
import { evaluateCondition, type RouteNode } from '@signalbox/route-model';
import { useMemo } from 'react';
import { SampleEventPicker } from '../../sample/SampleEventPicker.js';
import { useSampleEvent } from '../../sample/useSampleEvent.js';
import { ConditionGroupEditor } from './ConditionGroupEditor.js';
import { flattenPaths } from './flattenPaths.js';

type Config = Extract<RouteNode, { type: 'filter' }>['config'];

export function FilterInspector({ config, onChange }: { config: Config; onChange: (c: Config) => void }) {
  const sample = useSampleEvent();
  const fields = useMemo(() => (sample ? flattenPaths(sample) : []), [sample]);
  const verdict = useMemo(() => {
    if (!sample) return null;
    try {
      return evaluateCondition(config.condition, sample);
    } catch (error) {
      return { passed: false, reason: (error as Error).message };
    }
  }, [config.condition, sample]);

  return (
    <Stack gap="sm">
      <SampleEventPicker label="Fields from sample event" />
      <Divider label="Pass when" labelPosition="left" />
      <ConditionGroupEditor group={config.condition} fields={fields} sample={sample} onChange={(condition) => onChange({ condition })} />
      {verdict && (
        <Alert color={verdict.passed ? 'green' : 'gray'} variant="light" p="xs" title={verdict.passed ? 'This sample passes' : 'This sample takes the else branch'}>
          <Text size="xs" ff="monospace">{verdict.reason}</Text>
        </Alert>
      )}
    </Stack>
  );
}
