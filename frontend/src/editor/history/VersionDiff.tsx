import { Checkbox, Group, ScrollArea, Text } from '@mantine/core';
import type { RouteGraph } from '@signalbox/route-model';
import { useMemo, useState } from 'react';
import { graphDiff } from './graphDiff.js';

const BG = { added: 'var(--mantine-color-green-1)', removed: 'var(--mantine-color-red-1)', same: 'transparent' } as const;
const SIGN = { added: '+', removed: '−', same: ' ' } as const;
const CONTEXT = 3;

/** Line diff of two graphs with unchanged runs folded down to a few lines of context. */
export function VersionDiff({ before, after, beforeLabel, afterLabel }: { before: RouteGraph; after: RouteGraph; beforeLabel: string; afterLabel: string }) {
  const [withPositions, setWithPositions] = useState(false);
  const lines = useMemo(() => graphDiff(before, after, withPositions), [before, after, withPositions]);
  const changed = lines.some((l) => l.kind !== 'same');
  const near = (i: number) => lines.slice(Math.max(0, i - CONTEXT), i + CONTEXT + 1).some((l) => l.kind !== 'same');
  return (
    <div>
      <Group justify="space-between" mb={4}>
        <Text size="xs" c="dimmed"><span style={{ color: 'var(--mantine-color-red-7)' }}>− {beforeLabel}</span> · <span style={{ color: 'var(--mantine-color-green-7)' }}>+ {afterLabel}</span></Text>
        <Checkbox size="xs" label="Positions" checked={withPositions} onChange={(e) => setWithPositions(e.currentTarget.checked)} />
      </Group>
      {!changed ? <Text size="xs" c="dimmed">No differences{withPositions ? '' : ' (ignoring positions)'}.</Text> : (
        <ScrollArea.Autosize mah={360} style={{ border: '1px solid var(--mantine-color-default-border)', borderRadius: 6 }}>
          <pre style={{ margin: 0, fontSize: 11, lineHeight: 1.5 }} data-testid="version-diff">
            {lines.map((line, i) =>
              near(i) ? (
                <div key={i} style={{ background: BG[line.kind], padding: '0 6px' }}>{SIGN[line.kind]} {line.text}</div>
              ) : near(i - 1) ? (
                <div key={i} style={{ color: 'var(--mantine-color-gray-5)', padding: '0 6px' }}>  ⋯</div>
              ) : null,
            )}
          </pre>
        </ScrollArea.Autosize>
      )}
    </div>
  );
}
