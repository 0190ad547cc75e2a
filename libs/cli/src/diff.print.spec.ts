import { describe, expect, it } from 'vitest';
import { formatResult } from './diff.print.js';

describe('formatResult', () => {
  it('lists creations, field changes (secrets without values) and deletions, then counts', () => {
    const text = formatResult({
      dryRun: true, prune: true,
      created: [{ kind: 'channel', name: 'Ops' }],
      changed: [{ kind: 'route', name: 'Deploys', fields: [{ path: 'description', before: 'a', after: 'b' }, { path: 'config.url', secret: true }] }],
      unchanged: [{ kind: 'muteTiming', name: 'Weekend' }],
      deleted: [{ kind: 'silence', name: '{type="x"}' }],
    });
    expect(text).toBe([
      '+ channel "Ops"', '~ route "Deploys"', '    description: "a" → "b"', '    config.url: (secret changed)', '- silence "{type=\\"x\\"}"',
      'Dry run: 1 to create, 1 to change, 1 to delete, 1 unchanged. Nothing was written.',
    ].join('\n'));
  });
});
