import { describe, expect, it } from 'vitest';
import { truncateBytes, truncateText } from './truncate.js';

const FAMILY = '👩‍👩‍👧‍👦';

describe('truncateText', () => {
  it('keeps short text and cuts long text with an ellipsis within the limit', () => {
    expect(truncateText('hello', 5)).toBe('hello');
    expect(truncateText('hello world', 8)).toBe('hello w…');
    expect(truncateText('hello world', 8)).toHaveLength(8);
  });
  it('never splits a grapheme: emoji, ZWJ sequences, combining accents', () => {
    for (let max = 1; max < 40; max++) {
      for (const text of ['😀'.repeat(30), `a${'😀'.repeat(30)}`, FAMILY.repeat(5), 'e\u0301'.repeat(30)]) {
        const cut = truncateText(text, max);
        expect(cut.length).toBeLessThanOrEqual(max);
        expect(cut).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        expect(FAMILY.repeat(5).startsWith(cut.replace('…', '')) || !cut.includes('\u200D') || cut.replace('…', '').split(FAMILY).every((p) => p === '')).toBe(true);
      }
    }
  });
});

describe('truncateBytes', () => {
  it('measures UTF-8 bytes', () => {
    const cut = truncateBytes('é'.repeat(100), 21);
    expect(Buffer.byteLength(cut)).toBeLessThanOrEqual(21);
    expect(cut).toBe(`${'é'.repeat(9)}…`);
  });
});
