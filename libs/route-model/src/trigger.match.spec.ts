import { describe, expect, it } from 'vitest';
import { eventTypeMatches, matchesTrigger } from './trigger.match.js';

describe('eventTypeMatches', () => {
  it.each([
    ['*', 'anything.at.all', true],
    ['deploy.*', 'deploy.success', true],
    ['deploy.*', 'deploy.x.y', true],
    ['deploy.*', 'deployment', false],
    ['deploy.*', 'deploy', false],
    ['deploy.*', 'deploy.', false],
    ['deploy.*', 'predeploy.success', false],
    ['service.health.*', 'service.health.down', true],
    ['service.health.*', 'service.stopped', false],
    ['deploy.success', 'deploy.success', true],
    ['deploy.success', 'deploy.failure', false],
    ['deploy.success', 'Deploy.success', false],
    ['alert', 'alert', true],
  ])('%s vs %s → %s', (pattern, type, expected) => {
    expect(eventTypeMatches(pattern, type)).toBe(expected);
  });
});

describe('matchesTrigger', () => {
  const event = { type: 'deploy.failure', source: 'ai-admin-panel' };

  it.each([
    [{ eventTypes: ['deploy.*'] }, true],
    [{ eventTypes: ['backup.*', 'deploy.failure'] }, true],
    [{ eventTypes: ['backup.*'] }, false],
    [{ eventTypes: ['deploy.*'], sources: [] }, true],
    [{ eventTypes: ['deploy.*'], sources: ['ai-admin-panel'] }, true],
    [{ eventTypes: ['deploy.*'], sources: ['nestai', 'server-scout'] }, false],
    [{ eventTypes: ['*'], sources: ['*'] }, true],
    [{ eventTypes: ['backup.*'], sources: ['ai-admin-panel'] }, false],
  ])('%j → %s', (trigger, expected) => {
    expect(matchesTrigger(trigger, event)).toBe(expected);
  });
});
