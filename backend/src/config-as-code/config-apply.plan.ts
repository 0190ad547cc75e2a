import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { Channel, MuteTiming, Route, Silence } from '@signalbox/db';
import type { PluginRegistry } from '@signalbox/plugin-sdk/host';
import { ApiError, type ErrorIssue } from '../common/api-error.js';
import { summarizeIssues } from '../common/zod-issues.format.js';
import { retryPolicySchema } from '../channels/channel.schemas.js';
import { diffValues } from './config-diff.js';
import type { ApplyResult, ConfigChannel, ConfigFile, ConfigMuteTiming, ConfigRoute, DiffItem, FieldChange } from './config-file.schema.js';
import { graphFromFile, graphToFile } from './config-graph.map.js';
import { unresolvedRefs, withKeptSecrets } from './config-secrets.js';
import { planSilences, publishIssues, type SilenceStep } from './config-apply.checks.js';
import { silenceKey, type ServerState } from './config-state.load.js';

export interface ChannelStep { file: ConfigChannel; existing?: Channel; config: Record<string, unknown>; changed: boolean }
export interface TimingStep { file: ConfigMuteTiming; existing?: MuteTiming; changed: boolean }
export interface RouteStep { file: ConfigRoute; index: number; existing?: Route; draftChanged: boolean; publish: boolean; status: 'published' | 'disabled' | 'draft' }
export type { SilenceStep };

export interface ApplyPlan {
  result: ApplyResult;
  channels: ChannelStep[];
  timings: TimingStep[];
  routes: RouteStep[];
  silences: SilenceStep[];
  prune: { routes: Route[]; channels: Channel[]; timings: MuteTiming[]; silences: Silence[] };
}

type Decrypt = (channel: Channel) => Record<string, unknown>;

/**
 * Compares the file with the server and decides every write, validating everything first (plugin configs,
 * graphs as publishing would, silences), so a bad file changes nothing: one 400 lists every problem with its
 * path in the file. Objects are matched by name (silences by their matchers).
 */
export function planApply(file: ConfigFile, state: ServerState, plugins: PluginRegistry, decrypt: Decrypt, prune: boolean, now = Date.now()): ApplyPlan {
  const issues: ErrorIssue[] = [];
  const result: ApplyResult = { dryRun: true, prune, created: [], changed: [], unchanged: [], deleted: [] };
  const record = (item: DiffItem, fields: FieldChange[] | 'created') => {
    if (fields === 'created') result.created.push(item);
    else if (fields.length) result.changed.push({ ...item, fields });
    else result.unchanged.push(item);
  };

  const timings = file.muteTimings.map((t): TimingStep => {
    const existing = state.muteTimings.find((m) => m.name.toLowerCase() === t.name.toLowerCase());
    const fields = existing ? diffValues({ name: existing.name, timeZone: existing.timeZone, intervals: existing.intervals }, t, '') : 'created';
    record({ kind: 'muteTiming', name: t.name }, fields);
    return { file: t, existing, changed: fields === 'created' || fields.length > 0 };
  });

  const channels = file.channels.map((c, i): ChannelStep => {
    const existing = state.channels.find((s) => s.name === c.name);
    const at = `channels[${i}]`;
    if (!plugins.has(c.plugin)) {
      issues.push({ path: `${at}.plugin`, message: `unknown plugin "${c.plugin}" (installed: ${plugins.list().map((p) => p.id).join(', ')})` });
      return { file: c, existing, config: c.config, changed: false };
    }
    if (existing && existing.pluginId !== c.plugin) {
      issues.push({ path: `${at}.plugin`, message: `channel "${c.name}" uses plugin "${existing.pluginId}"; a channel's plugin cannot change (give the new one another name)` });
    }
    const secretPaths = plugins.get(c.plugin).secrets;
    const refs = unresolvedRefs(c.config, secretPaths);
    if (refs.length) {
      issues.push(...refs.map((ref) => ({ path: `${at}.config.${ref.path}`, message: `{ env: ${ref.env} } was not resolved: \`signalbox apply\` fills it from its environment; the server never reads its own` })));
      return { file: c, existing, config: c.config, changed: false };
    }
    const stored = existing ? decrypt(existing) : {};
    const config = withKeptSecrets(c.config, secretPaths, stored);
    const parsed = plugins.parseChannelConfig(c.plugin, config);
    if (!parsed.ok) {
      issues.push(...parsed.issues.map((issue) => ({ path: `${at}.${issue.path}`, message: issue.message })));
      return { file: c, existing, config, changed: false };
    }
    const retryPolicy = c.retryPolicy ? retryPolicySchema.parse(c.retryPolicy) : undefined;
    const fields = existing
      ? [
          ...diffValues(existing.config, parsed.config, 'config'),
          ...[...new Set([...Object.keys(stored), ...Object.keys(parsed.secrets)])]
            .filter((path) => !isDeepStrictEqual(stored[path], parsed.secrets[path]))
            .map((path) => ({ path: `config.${path}`, secret: true })),
          ...diffValues(existing.retryPolicy ?? undefined, retryPolicy, 'retryPolicy'),
          ...diffValues(existing.ratePerSecond ?? undefined, c.ratePerSecond, 'ratePerSecond'),
        ]
      : 'created';
    record({ kind: 'channel', name: c.name }, fields);
    return { file: c, existing, config, changed: fields === 'created' || fields.length > 0 };
  });

  // Names → ids for the graphs; objects the apply will create get placeholders until they exist.
  const channelIds = new Map(state.channels.map((c) => [c.name, c.id]));
  for (const c of file.channels) if (!channelIds.has(c.name)) channelIds.set(c.name, `pending:${randomUUID()}`);
  const timingIds = new Map(state.muteTimings.map((t) => [t.name.toLowerCase(), t.id]));
  for (const t of file.muteTimings) if (!timingIds.has(t.name.toLowerCase())) timingIds.set(t.name.toLowerCase(), randomUUID());
  const pruned = (name: string) => prune && !file.channels.some((c) => c.name === name);
  const resolveChannel = (name: string) => (pruned(name) ? undefined : channelIds.get(name));
  const resolveTiming = (name: string) => (prune && !file.muteTimings.some((t) => t.name.toLowerCase() === name.toLowerCase()) ? undefined : timingIds.get(name.toLowerCase()));
  const channelNames = new Map([...channelIds].map(([name, id]) => [id, name]));
  const timingNames = new Map([...timingIds].map(([name, id]) => [id, [...state.muteTimings, ...file.muteTimings].find((t) => t.name.toLowerCase() === name)!.name]));

  const routes = file.routes.map((r, index): RouteStep => {
    const existing = state.routes.find((s) => s.route.name === r.name);
    const at = `routes[${index}]`;
    const mapped = graphFromFile(r.graph, `${at}.graph`, resolveChannel, resolveTiming, prune ? 'in the file (with prune=true only the file\'s own count)' : undefined);
    issues.push(...mapped.issues);
    if (mapped.graph && r.status !== 'draft') issues.push(...publishIssues(mapped.graph, `${at}.graph`));
    if (existing && existing.route.status !== 'draft' && r.status === 'draft') {
      issues.push({ path: `${at}.status`, message: `route "${r.name}" was published; it cannot become a draft again (use status: disabled)` });
    }
    if (!mapped.graph) return { file: r, index, existing: existing?.route, draftChanged: false, publish: false, status: r.status };
    if (!existing) {
      record({ kind: 'route', name: r.name }, 'created');
      return { file: r, index, draftChanged: true, publish: r.status !== 'draft', status: r.status };
    }
    const before = graphToFile(existing.graph, channelNames, timingNames).graph;
    const after = graphToFile(mapped.graph, channelNames, timingNames).graph;
    const fields = [
      ...diffValues(existing.route.description, r.description, 'description'),
      ...diffValues(existing.route.status, r.status, 'status'),
      ...diffValues(before, after, 'graph'),
    ];
    record({ kind: 'route', name: r.name }, fields);
    const graphChanged = fields.some((f) => f.path.startsWith('graph'));
    return {
      file: r, index, existing: existing.route, status: r.status,
      draftChanged: graphChanged || existing.route.description !== r.description,
      publish: r.status !== 'draft' && (graphChanged || existing.route.status === 'draft'),
    };
  });

  const silences = planSilences(file.silences, state.silences, issues, record, now);

  const inFile = { routes: new Set(file.routes.map((r) => r.name)), channels: new Set(file.channels.map((c) => c.name)) };
  const toPrune = {
    routes: prune ? state.routes.map((r) => r.route).filter((r) => !inFile.routes.has(r.name)) : [],
    channels: prune ? state.channels.filter((c) => !inFile.channels.has(c.name)) : [],
    timings: prune ? state.muteTimings.filter((t) => !file.muteTimings.some((f) => f.name.toLowerCase() === t.name.toLowerCase())) : [],
    silences: prune ? state.silences.filter((s) => !file.silences.some((f) => silenceKey(f.matchers) === silenceKey(s.matchers))) : [],
  };
  result.deleted.push(
    ...toPrune.channels.map((c) => ({ kind: 'channel' as const, name: c.name })),
    ...toPrune.timings.map((t) => ({ kind: 'muteTiming' as const, name: t.name })),
    ...toPrune.routes.map((r) => ({ kind: 'route' as const, name: r.name })),
    ...toPrune.silences.map((s) => ({ kind: 'silence' as const, name: silenceKey(s.matchers) })),
  );

  if (issues.length) throw ApiError.badRequest(summarizeIssues('configuration file', issues), issues);
  return { result, channels, timings, routes, silences, prune: toPrune };
}
