import { describe, expect, it } from 'vitest';
import { bodyProblem, MAX_JSON_DEPTH } from './json-body.check.js';

const nested = (depth: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < depth; i++) value = i % 2 ? [value] : { a: value };
  return value;
};

describe('bodyProblem', () => {
  it('accepts ordinary bodies, valid surrogate pairs and exactly MAX_JSON_DEPTH levels', () => {
    expect(bodyProblem({ type: 'x', data: { emoji: '🔥 ok', list: [1, 'two', null, true] } })).toBeUndefined();
    expect(bodyProblem(nested(MAX_JSON_DEPTH))).toBeUndefined();
  });

  it('refuses one level more, naming where', () => {
    expect(bodyProblem(nested(MAX_JSON_DEPTH + 1))).toMatchObject({ message: expect.stringMatching(/nested deeper than 64 levels/) });
    expect(bodyProblem({ data: { a: nested(70) } })?.path).toMatch(/^data\.a(\.a|\[0\])+$/);
  });

  it.each([
    [{ data: { note: 'x\u0000' } }, 'data.note', /NUL character/],
    [{ events: [{}, { subject: '\ud800' }] }, 'events[1].subject', /lone UTF-16 surrogate/],
    [{ name: 'ends high \ud83d' }, 'name', /lone UTF-16 surrogate/],
    [{ name: '\udc00 starts low' }, 'name', /lone UTF-16 surrogate/],
    [{ 'my key': { 'k\u0000': 1 } }, '"my key"."k?"', /field name contains a NUL/],
    ['\u0000', '(root)', /NUL character/],
  ])('%j → %s', (body, path, message) => {
    expect(bodyProblem(body)).toEqual({ path, message: expect.stringMatching(message) });
  });

  it('walks a 100,000-deep document without using the stack', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(bodyProblem(deep)?.message).toMatch(/nested deeper/);
  });
});
