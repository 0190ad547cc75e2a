import { renderTemplate, type SignalboxEvent } from '@signalbox/route-model';
import { describe, expect, it } from 'vitest';
import { classifySendError } from './send.errors.js';

const event: SignalboxEvent = {
  id: 'e', type: 't', source: 's', severity: 'info', timestamp: '2026-01-01T00:00:00.000Z',
  data: { list: Array.from({ length: 300 }, (_, i) => i) },
};
const thrownBy = (render: () => unknown) => {
  try {
    render();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
};

describe('classifySendError', () => {
  it('a plugin template over its rendering budget is permanent, with the reason', () => {
    const error = thrownBy(() => renderTemplate('{{#each data.list}}{{#each ../data.list}}x{{/each}}{{/each}}', event, { escape: 'none' }));
    expect(classifySendError(error)).toEqual({ kind: 'permanent', message: expect.stringMatching(/over its rendering budget/) });
  });

  it('a plugin template that does not compile is permanent', () => {
    expect(classifySendError(thrownBy(() => renderTemplate('{{#if}}', event, { escape: 'none' }))).kind).toBe('permanent');
  });

  it('an unknown error stays retryable', () => {
    expect(classifySendError(new Error('socket hang up')).kind).toBe('retryable');
  });
});
