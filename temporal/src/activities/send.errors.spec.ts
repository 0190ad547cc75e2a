import { renderTemplate, type SignalboxEvent } from '@signalbox/route-model';
import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { PermanentError } from '@signalbox/plugin-sdk';
import { classifySendError, toFailure } from './send.errors.js';

const require = createRequire(import.meta.url);

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

  it("a plugin's own PermanentError subclass with its own name, from its own copy of the SDK, is not retried", async () => {
    // The SDK's built errors module under a query string is a second module instance: what a plugin that ships
    // its own copy of the SDK throws.
    const sdkDir = dirname(dirname(require.resolve('@signalbox/plugin-sdk')));
    const copy = (await import(`${pathToFileURL(join(sdkDir, 'dist', 'errors.js')).href}?copy=plugin`)) as typeof import('@signalbox/plugin-sdk');
    expect(copy.PermanentError).not.toBe(PermanentError);
    class InvalidRoutingKey extends copy.PermanentError {
      override name = 'InvalidRoutingKey';
    }
    class ChannelDeleted extends copy.GoneError {
      override name = 'ChannelDeleted';
    }
    class SlowDown extends copy.RetryableError {
      override name = 'SlowDown';
    }
    const failure = toFailure(classifySendError(new InvalidRoutingKey('routing key rejected', { statusCode: 400 })));
    expect(failure.nonRetryable).toBe(true);
    expect(failure.type).toBe('PermanentError');
    expect(classifySendError(new ChannelDeleted('webhook deleted')).kind).toBe('gone');
    expect(classifySendError(new SlowDown('429', { retryAfterMs: 1500 }))).toMatchObject({ kind: 'retryable', retryAfterMs: 1500 });
  });

  it('an error merely named like an SDK error is not trusted as one', () => {
    expect(classifySendError(Object.assign(new Error('x'), { name: 'PermanentError' })).kind).toBe('retryable');
  });

  it('an unknown error stays retryable', () => {
    expect(classifySendError(new Error('socket hang up')).kind).toBe('retryable');
  });
});
