import { getPath, setPath } from '@signalbox/plugin-sdk/host';

/**
 * Secrets never leave the server in clear. In a configuration file a secret field holds one of:
 * - `{ env: NAME }`: a reference the CLI (`signalbox apply`) replaces with the value of NAME from its own
 *   environment before sending the file. The server never reads its own environment for these.
 * - a plain value (e.g. filled in by the CLI, or written by hand; not recommended in a committed file);
 * - nothing: the field is left out, and the stored value is kept (as `PATCH /v1/channels/:id` does).
 * Export writes references with names derived from the channel and field: "Ops Slack" + webhookUrl →
 * OPS_SLACK_WEBHOOK_URL; a record secret (e.g. webhook headers) gets one reference per key.
 */
export interface EnvRef { env: string }

export const isEnvRef = (value: unknown): value is EnvRef =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.keys(value).length === 1 && typeof (value as EnvRef).env === 'string';

/** "Ops Slack", "signing.secret" → OPS_SLACK_SIGNING_SECRET */
export function envName(...parts: string[]): string {
  return parts
    .map((part) => part.replace(/([a-z0-9])([A-Z])/g, '$1_$2'))
    .join('_')
    .replace(/[^A-Za-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toUpperCase()
    .replace(/^(\d)/, '_$1');
}

/** The stored secret (string or record of strings) as env references; `taken` keeps names unique per file. */
export function secretAsRefs(value: unknown, base: string, taken: Set<string>): unknown {
  const unique = (name: string) => {
    let candidate = name;
    for (let n = 2; taken.has(candidate); n++) candidate = `${name}_${n}`;
    taken.add(candidate);
    return { env: candidate };
  };
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    return Object.fromEntries(Object.keys(value).sort().map((key) => [key, unique(envName(base, key))]));
  }
  return unique(base);
}

/** Where the file still holds `{ env: … }` at a secret path (or inside a record secret): the client did not resolve it. */
export function unresolvedRefs(config: Record<string, unknown>, secretPaths: readonly string[]): Array<{ path: string; env: string }> {
  const found: Array<{ path: string; env: string }> = [];
  for (const path of secretPaths) {
    const value = getPath(config, path);
    if (isEnvRef(value)) found.push({ path, env: value.env });
    else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) if (isEnvRef(item)) found.push({ path: `${path}.${key}`, env: item.env });
    }
  }
  return found;
}

/** The file's config with every secret it leaves out taken from the stored secrets ("keep the stored value"). */
export function withKeptSecrets(config: Record<string, unknown>, secretPaths: readonly string[], stored: Record<string, unknown>): Record<string, unknown> {
  const merged = structuredClone(config);
  for (const path of secretPaths) if (getPath(merged, path) === undefined && stored[path] !== undefined) setPath(merged, path, stored[path]);
  return merged;
}
