import { parseDocument } from 'yaml';
import { ApiError, type ErrorIssue } from '../common/api-error.js';
import { summarizeIssues, zodIssues } from '../common/zod-issues.format.js';
import { configFileSchema, type ConfigFile } from './config-file.schema.js';

/** YAML text → the checked file shape, or a 400 naming the line (bad YAML) or the document path (bad content). */
export function parseConfigFile(text: unknown): ConfigFile {
  if (typeof text !== 'string' || text.trim() === '') {
    throw ApiError.badRequest('Send the configuration as a YAML document with Content-Type: application/yaml', [{ path: '(root)', message: 'empty or missing body' }]);
  }
  const doc = parseDocument(text, { prettyErrors: true, uniqueKeys: true });
  if (doc.errors.length) {
    const issues: ErrorIssue[] = doc.errors.slice(0, 5).map((e) => {
      const at = e.linePos?.[0];
      return { path: at ? `line ${at.line}, column ${at.col}` : '(root)', message: e.message.split('\n')[0]! };
    });
    throw ApiError.badRequest(`Invalid YAML — ${issues[0]!.path}: ${issues[0]!.message}`, issues);
  }
  const parsed = configFileSchema.safeParse(doc.toJS({ maxAliasCount: 100 }));
  if (!parsed.success) {
    const issues = zodIssues(parsed.error);
    throw ApiError.badRequest(summarizeIssues('configuration file', issues), issues);
  }
  const duplicates = [
    ...sameNames('channels', parsed.data.channels.map((c) => c.name)),
    ...sameNames('routes', parsed.data.routes.map((r) => r.name)),
    ...sameNames('muteTimings', parsed.data.muteTimings.map((t) => t.name.toLowerCase())),
  ];
  if (duplicates.length) throw ApiError.badRequest(summarizeIssues('configuration file', duplicates), duplicates);
  return parsed.data;
}

function sameNames(list: string, names: string[]): ErrorIssue[] {
  return names.flatMap((name, i) => (names.indexOf(name) < i ? [{ path: `${list}[${i}].name`, message: `"${name}" is already used by ${list}[${names.indexOf(name)}]; names identify objects and must be unique` }] : []));
}
