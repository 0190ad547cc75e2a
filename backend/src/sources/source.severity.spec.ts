import { describe, expect, it } from 'vitest';
import { sourceSeverity } from './source.severity.js';

describe('sourceSeverity (the documented table)', () => {
  it.each([
    ['CRITICAL', 'critical'], ['critical', 'critical'], ['Crit', 'critical'], ['fatal', 'critical'], ['P1', 'critical'],
    ['HIGH', 'high'], ['error', 'high'], ['ERR', 'high'], ['major', 'high'], ['p2', 'high'],
    ['WARNING', 'warning'], ['warn', 'warning'], ['medium', 'warning'], ['P3', 'warning'],
    ['INFO', 'info'], ['notice', 'info'], ['low', 'info'], ['P4', 'info'], ['p5', 'info'], [' Info ', 'info'],
  ])('%s → %s', (raw, expected) => {
    expect(sourceSeverity(raw, {})).toBe(expected);
  });

  it('unknown words and non-strings fall back (info unless told otherwise)', () => {
    expect(sourceSeverity('bogus', {})).toBe('info');
    expect(sourceSeverity(undefined, {}, 'warning')).toBe('warning');
    expect(sourceSeverity(3, {})).toBe('info');
  });

  it("the source's override wins, case-insensitively", () => {
    expect(sourceSeverity('P3', { p3: 'high' })).toBe('high');
    expect(sourceSeverity('disaster', { DISASTER: 'critical' })).toBe('critical');
    expect(sourceSeverity('WARNING', { other: 'critical' })).toBe('warning');
  });
});
