import { describe, expect, it } from 'vitest';
import { GoneError, PermanentError, RetryableError } from './errors.js';

describe('error taxonomy', () => {
  it('classifies by kind, subclasses included', () => {
    const gone = new GoneError('410');
    expect(gone).toBeInstanceOf(GoneError);
    expect(gone).toBeInstanceOf(PermanentError);
    expect(gone).toBeInstanceOf(Error);
    expect(gone).not.toBeInstanceOf(RetryableError);
    expect(new PermanentError('400')).not.toBeInstanceOf(GoneError);
    expect(new RetryableError('503')).not.toBeInstanceOf(PermanentError);
    expect(new Error('x')).not.toBeInstanceOf(RetryableError);
    expect(null).not.toBeInstanceOf(RetryableError);
  });

  it('recognises errors thrown by another copy of the SDK (a plugin with its own node_modules)', () => {
    // What a second copy of errors.ts produces: a different class with the same registry-symbol brand.
    const foreign = Object.assign(new Error('429'), { name: 'RetryableError', options: { retryAfterMs: 1000 } });
    Object.defineProperty(foreign, Symbol.for('signalbox.plugin-sdk.error-kind'), { value: 'retryable' });
    expect(foreign).toBeInstanceOf(RetryableError);
    expect(foreign).not.toBeInstanceOf(PermanentError);
  });
});
