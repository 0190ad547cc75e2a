import { describe, expect, it } from 'vitest';
import type { EventTypeItem } from '../../api/eventTypes.js';
import type { EventListItem } from '../../api/events.js';
import { deployFailed } from '../../testing/fixtures.js';
import { parseChoice, sampleGroups } from './sampleOptions.js';

const builtIn: EventTypeItem = {
  ...deployFailed, source: 'built-in', severities: ['critical', 'high'],
  variants: [{ ...deployFailed.sample, id: 'evt_1-critical', severity: 'critical' }],
};
const seen: EventTypeItem = {
  ...deployFailed, source: 'seen', system: 'ci', description: '', adminDescription: 'Our CI', variants: [],
  sample: { ...deployFailed.sample, id: 'real-9', source: 'ci' },
};
const other: EventTypeItem = { ...deployFailed, type: 'backup.success', source: 'built-in', variants: [], sample: { ...deployFailed.sample, id: 'b-1', type: 'backup.success' } };
const recent = [{ id: 'real-9', type: 'deploy.failure', source: 'ci', subject: 'Deploy of web failed', receivedAt: '2026-04-01T10:00:00Z' }] as EventListItem[];

describe('sampleGroups', () => {
  it('lists recent events, then matching samples (seen first, each severity variant), then the rest', () => {
    const groups = sampleGroups(recent, [builtIn, seen, other], [builtIn, seen]);
    expect(groups.map((g) => g.group)).toEqual(['Recent events', 'Matches this route', 'Other events']);
    expect(groups[0]!.items.map((o) => o.value)).toEqual(['event:real-9']);
    expect(groups[0]!.items[0]!.label).toMatch(/^deploy\.failure · Deploy of web failed · /);
    expect(groups[1]!.items).toEqual([
      { value: 'sample:real-9', label: 'deploy.failure · latest seen from ci — Our CI' },
      { value: 'sample:evt_1', label: 'deploy.failure · AI Admin Panel · high — A deploy failed' },
      { value: 'sample:evt_1-critical', label: 'deploy.failure · AI Admin Panel · critical — A deploy failed' },
    ]);
    expect(groups[2]!.items.map((o) => o.value)).toEqual(['sample:b-1']);
  });

  it('offers a remembered event that left the recent list, once', () => {
    const extra = { value: 'event:old-1', label: 'deploy.failure · old' };
    expect(sampleGroups([], [builtIn], [builtIn], extra)[0]).toEqual({ group: 'Recent events', items: [extra] });
  });
});

describe('parseChoice', () => {
  it.each([
    ['sample:evt_1', { kind: 'sample', id: 'evt_1' }],
    ['event:a:b', { kind: 'event', id: 'a:b' }],
    ['nonsense', null],
    [null, null],
  ])('%s', (value, expected) => {
    expect(parseChoice(value)).toEqual(expected);
  });
});
