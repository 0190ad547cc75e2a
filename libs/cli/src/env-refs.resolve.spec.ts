import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import { resolveEnvRefs } from './env-refs.resolve.js';

describe('resolveEnvRefs', () => {
  const file = `apiVersion: signalbox/v1
channels:
  - name: Hook
    plugin: webhook
    config:
      url: { env: HOOK_URL }
      headers:
        Authorization: { env: HOOK_AUTH }
routes:
  - name: R
    graph: { nodes: [{ id: t, type: template, config: { title: x, env: KEEP } }] }
`;

  it('fills every { env: NAME } in channel configs, and nothing outside them', () => {
    const doc = parseDocument(file);
    expect(resolveEnvRefs(doc, { HOOK_URL: 'https://h.example.com/x', HOOK_AUTH: 'Bearer t' })).toEqual([]);
    const js = doc.toJS();
    expect(js.channels[0].config).toEqual({ url: 'https://h.example.com/x', headers: { Authorization: 'Bearer t' } });
    expect(js.routes[0].graph.nodes[0].config).toEqual({ title: 'x', env: 'KEEP' });
  });

  it('names every unset variable with its place in the file', () => {
    expect(resolveEnvRefs(parseDocument(file), { HOOK_URL: '' })).toEqual([
      { path: 'channels[0].config.url', name: 'HOOK_URL' },
      { path: 'channels[0].config.headers.Authorization', name: 'HOOK_AUTH' },
    ]);
  });
});
