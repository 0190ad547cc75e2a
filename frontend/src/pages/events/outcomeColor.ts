import type { MantineColor } from '@mantine/core';

/** The canvas's trace colours, for node outcomes listed as text: green went on, amber held back, grey stopped, red failed. */
export function outcomeColor(outcome: string): MantineColor {
  if (['passed', 'rendered', 'sent', 'would_send'].includes(outcome)) return 'green';
  if (outcome === 'throttled' || outcome === 'grouped') return 'yellow';
  if (outcome === 'failed') return 'red';
  if (outcome === 'silenced' || outcome === 'muted') return 'violet';
  return 'gray';
}
