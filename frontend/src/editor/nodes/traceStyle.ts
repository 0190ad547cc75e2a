import type { TraceStep } from '../../api/routes.js';

export type TraceLook = 'passed' | 'stopped' | 'throttled' | 'failed' | 'unreached';

/** Green for the lit path, amber for throttled, grey for filtered out, red for a failed send. */
export function traceLook(step: TraceStep | undefined, traceActive: boolean): TraceLook | null {
  if (!traceActive) return null;
  if (!step) return 'unreached';
  switch (step.outcome) {
    case 'passed':
    case 'rendered':
    case 'sent':
    case 'would_send':
      return 'passed';
    case 'throttled':
    case 'grouped':
      return 'throttled';
    case 'failed':
      return 'failed';
    default:
      return 'stopped';
  }
}
