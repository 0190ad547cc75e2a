import { describe, expect, it } from 'vitest';
import { stableJson } from './stableJson.js';

describe('stableJson', () => {
  it('ignores key order and undefined values, keeps array order', () => {
    expect(stableJson({ b: 1, a: { d: [2, 1], c: undefined } })).toBe(stableJson({ a: { d: [2, 1] }, b: 1 }));
    expect(stableJson({ a: [1, 2] })).not.toBe(stableJson({ a: [2, 1] }));
  });
});
