import type { Document } from 'yaml';
import { isMap, isScalar, visit } from 'yaml';

/**
 * Replaces every `{ env: NAME }` inside `channels[*].config` with the value of NAME from `env`, so the file
 * the API receives holds the secrets while the file on disk only names them (Terraform variables, Grafana
 * provisioning's $VAR). Returns the variables that are not set; the caller refuses to apply then.
 */
export function resolveEnvRefs(doc: Document, env: NodeJS.ProcessEnv): Array<{ path: string; name: string }> {
  const missing: Array<{ path: string; name: string }> = [];
  const channels = doc.get('channels');
  if (!channels || typeof channels !== 'object' || !('items' in channels)) return missing;
  (channels.items as unknown[]).forEach((channel, index) => {
    if (!isMap(channel)) return;
    const config = channel.get('config', true);
    if (!config) return;
    visit(config, {
      Map(_key, node, path) {
        if (node.items.length !== 1) return undefined;
        const [pair] = node.items;
        if (!isScalar(pair!.key) || pair!.key.value !== 'env' || !isScalar(pair!.value) || typeof pair!.value.value !== 'string') return undefined;
        const name = pair!.value.value;
        const value = env[name];
        if (value === undefined || value === '') {
          missing.push({ path: `channels[${index}].config${keyPath(path)}`, name });
          return undefined;
        }
        return doc.createNode(value);
      },
    });
  });
  return missing;
}

/** `.signing.secret` from the visitor's ancestry (pairs carry the keys). */
function keyPath(path: readonly unknown[]): string {
  return path
    .filter((node): node is { key: unknown } => typeof node === 'object' && node !== null && 'key' in node && 'value' in node)
    .map((pair) => `.${isScalar(pair.key) ? String(pair.key.value) : '?'}`)
    .join('');
}
