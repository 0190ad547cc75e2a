import { describe, expect, it } from 'vitest';
import { canonicalJson, compareCodePoints } from './canonical-json.js';

// Expected strings are what CPython's json.dumps(obj, sort_keys=True, separators=(',', ':')) prints.
describe('canonicalJson (Python json.dumps sort_keys, compact, ensure_ascii)', () => {
  it.each([
    ['sorted keys, non-ASCII escaped', { b: 1, a: 'é' }, '{"a":"\\u00e9","b":1}'],
    ['nested objects and arrays', { z: [3, { y: true, x: null }], a: {} }, '{"a":{},"z":[3,{"x":null,"y":true}]}'],
    ['short escapes as Python writes them', { s: 'quote " backslash \\ nl \n tab \t' }, '{"s":"quote \\" backslash \\\\ nl \\n tab \\t"}'],
    ['other control chars and DEL as \\u00XX', { s: '\u0001\u007f' }, '{"s":"\\u0001\\u007f"}'],
    ['astral characters as surrogate pairs, "/" unescaped', { s: '😀/' }, '{"s":"\\ud83d\\ude00/"}'],
    ['CJK lowercase hex', { s: '警告' }, '{"s":"\\u8b66\\u544a"}'],
    ['floats in Python repr', { n: [4.27, 0.5, 1e-5, 1.5e-7, 0.0001, 1e21, -2.5e-5] }, '{"n":[4.27,0.5,1e-05,1.5e-07,0.0001,1e+21,-2.5e-05]}'],
    ['integers', { n: [0, -1, 2432232314] }, '{"n":[0,-1,2432232314]}'],
    ['undefined dropped, Date via toJSON', { u: undefined, d: new Date('2026-01-01T00:00:00Z') }, '{"d":"2026-01-01T00:00:00.000Z"}'],
  ])('%s', (_label, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('sorts keys by code point like Python (U+E000 before U+1F600), unlike UTF-16 order', () => {
    expect(canonicalJson({ '😀': 2, '\ue000': 1, Z: 0 })).toBe('{"Z":0,"\\ue000":1,"\\ud83d\\ude00":2}');
    expect(['😀', '\ue000'].sort()).toEqual(['😀', '\ue000']); // the JavaScript default it corrects
    expect(compareCodePoints('\ue000', '😀')).toBeLessThan(0);
  });

  it('is a fixed point: parsing and re-serializing yields the same bytes', () => {
    const text = canonicalJson({ title: 'Budget 80% used — "acme"', details: { budget: 500, ratio: 0.8 } });
    expect(canonicalJson(JSON.parse(text))).toBe(text);
    expect(/^[\x20-\x7e]*$/.test(text)).toBe(true);
  });
});
