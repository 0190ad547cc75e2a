import { describe, expect, it } from 'vitest';
import { isHttpsOrLoopback } from './secure-url.js';

describe('isHttpsOrLoopback', () => {
  it.each([
    ['https://hooks.slack.com/services/T/B/X', true],
    ['http://127.0.0.1:9000/hook', true],
    ['http://localhost/hook', true],
    ['http://[::1]:8080/hook', true],
    ['http://hooks.slack.com/services/T/B/X', false],
    ['http://10.0.0.5/hook', false],
    ['ftp://127.0.0.1/hook', false],
  ])('%s → %s', (url, expected) => expect(isHttpsOrLoopback(new URL(url))).toBe(expected));
});
