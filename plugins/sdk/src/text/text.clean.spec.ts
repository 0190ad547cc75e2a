import { describe, expect, it } from 'vitest';
import { cleanText, singleLine } from './text.clean.js';

describe('cleanText', () => {
  it('drops control characters and lone surrogates, keeps emoji, tabs and newlines', () => {
    expect(cleanText('a\u0000b\u0007c\r\nd\te \uD800 👨‍👩‍👧')).toBe('abc\nd\te  👨‍👩‍👧');
  });
});

describe('singleLine', () => {
  it('folds every run of white space into one space', () => {
    expect(singleLine('  deploy\n\tfailed   again ')).toBe('deploy failed again');
  });
});
