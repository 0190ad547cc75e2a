import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { parseDocument } from 'yaml';
import { formatResult, type ApplyResult } from './diff.print.js';
import { resolveEnvRefs } from './env-refs.resolve.js';

const USAGE = `Usage:
  signalbox export [--secrets env|omit]            print the configuration as YAML
  signalbox apply -f <file> [--dry-run] [--prune]  apply a configuration file ("-" reads stdin)

Environment: SIGNALBOX_URL (e.g. http://localhost:8080), SIGNALBOX_API_KEY.
Secret fields written as { env: NAME } are filled from the environment on apply.`;

class CliError extends Error {}

async function main(argv: string[]): Promise<void> {
  const { values, positionals } = parseArgs({
    args: argv, allowPositionals: true, strict: true,
    options: { file: { type: 'string', short: 'f' }, 'dry-run': { type: 'boolean' }, prune: { type: 'boolean' }, secrets: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
  const [command] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    if (!values.help) throw new CliError('a command is required');
    return;
  }
  if (command === 'export') {
    const secrets = values.secrets ?? 'env';
    process.stdout.write(await request('GET', `/v1/config/export?secrets=${encodeURIComponent(secrets)}`));
    return;
  }
  if (command === 'apply') {
    if (!values.file) throw new CliError('apply needs -f <file>');
    const text = values.file === '-' ? await readStdin() : await readFile(values.file, 'utf8').catch((e: Error) => { throw new CliError(`cannot read ${values.file}: ${e.message}`); });
    const doc = parseDocument(text);
    if (doc.errors.length) throw new CliError(`${values.file} is not valid YAML: ${doc.errors[0]!.message}`);
    const missing = resolveEnvRefs(doc, process.env);
    if (missing.length) throw new CliError(missing.map((m) => `${m.path}: environment variable ${m.name} is not set`).join('\n'));
    const query = `dryRun=${values['dry-run'] ? 'true' : 'false'}&prune=${values.prune ? 'true' : 'false'}`;
    const body = await request('POST', `/v1/config/apply?${query}`, doc.toString({ lineWidth: 0 }));
    process.stdout.write(`${formatResult(JSON.parse(body) as ApplyResult)}\n`);
    return;
  }
  throw new CliError(`unknown command "${command}"\n${USAGE}`);
}

async function request(method: 'GET' | 'POST', path: string, body?: string): Promise<string> {
  const base = process.env.SIGNALBOX_URL;
  const key = process.env.SIGNALBOX_API_KEY;
  if (!base) throw new CliError('SIGNALBOX_URL is not set (e.g. http://localhost:8080)');
  if (!key) throw new CliError('SIGNALBOX_API_KEY is not set');
  const res = await fetch(new URL(path, base), {
    method, body, headers: { authorization: `Bearer ${key}`, ...(body !== undefined ? { 'content-type': 'application/yaml' } : {}) },
  }).catch((e: Error) => { throw new CliError(`cannot reach ${base}: ${e.cause instanceof Error ? e.cause.message : e.message}`); });
  const text = await res.text();
  if (!res.ok) throw new CliError(describeError(res.status, text));
  return text;
}

/** The API's error body (message and each issue's path) as readable lines. */
function describeError(status: number, text: string): string {
  try {
    const body = JSON.parse(text) as { message?: string; issues?: Array<{ path: string; message: string }> };
    return [`${status}: ${body.message ?? text}`, ...(body.issues ?? []).map((i) => `  ${i.path}: ${i.message}`)].join('\n');
  } catch {
    return `${status}: ${text}`;
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`signalbox: ${error instanceof CliError || (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') ? (error as Error).message : String((error as Error).stack ?? error)}\n`);
  process.exitCode = 1;
});
