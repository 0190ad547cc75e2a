import type { DataSource } from 'typeorm';
import { MoreThan, Not } from 'typeorm';
import { Channel, MuteTiming, Route, RouteVersion, Silence } from '@signalbox/db';
import type { RouteGraph, SilenceMatcher } from '@signalbox/route-model';
import { ApiError } from '../common/api-error.js';

/** What the server holds that configuration as code manages, read once per export or apply. */
export interface ServerState {
  channels: Channel[];
  muteTimings: MuteTiming[];
  /** Non-archived routes, each with the graph the file describes: the live version's, or the draft of a never-published route. */
  routes: Array<{ route: Route; graph: RouteGraph }>;
  /** Silences not yet over (expired ones are history, not configuration). */
  silences: Silence[];
}

export async function loadServerState(db: DataSource, tenantId: string): Promise<ServerState> {
  const channels = await db.getRepository(Channel).find({ where: { tenantId }, order: { name: 'ASC', createdAt: 'ASC' } });
  const muteTimings = await db.getRepository(MuteTiming).find({ where: { tenantId }, order: { name: 'ASC' } });
  const rows = await db.getRepository(Route).find({ where: { tenantId, status: Not('archived') }, order: { name: 'ASC', createdAt: 'ASC' } });
  const versionIds = rows.map((r) => r.publishedVersionId).filter((id): id is string => id !== null);
  const versions = versionIds.length ? await db.getRepository(RouteVersion).find({ where: versionIds.map((id) => ({ tenantId, id })) }) : [];
  const byId = new Map(versions.map((v) => [v.id, v.graph]));
  const routes = rows.map((route) => ({ route, graph: (route.publishedVersionId && byId.get(route.publishedVersionId)) || route.draftGraph }));
  const silences = await db.getRepository(Silence).find({ where: { tenantId, endsAt: MoreThan(new Date()) }, order: { startsAt: 'ASC', createdAt: 'ASC' } });
  return { channels, muteTimings, routes, silences };
}

/** Names are the identity in a file, so two server objects of one kind with the same name make it ambiguous: 409. */
export function requireUniqueNames(state: ServerState): void {
  const clashes = [
    ...duplicates('channel', state.channels.map((c) => c.name)),
    ...duplicates('route', state.routes.map((r) => r.route.name)),
    ...duplicates('silence', state.silences.map((s) => silenceKey(s.matchers))),
  ];
  if (clashes.length) throw new ApiError(409, `Configuration as code identifies objects by name, but ${clashes.join('; ')}: rename (or expire) one of each first`);
}

function duplicates(kind: string, names: string[]): string[] {
  const seen = new Set<string>();
  const twice = new Set(names.filter((n) => (seen.has(n) ? true : (seen.add(n), false))));
  return [...twice].map((n) => `two ${kind}s are named ${JSON.stringify(n)}`);
}

/** A silence has no name: it is known by its matchers, written Alertmanager style: {type="db.down", data.env=~"prod"}. */
export function silenceKey(matchers: SilenceMatcher[]): string {
  return `{${matchers.map((m) => `${m.name}${m.op}${JSON.stringify(m.value)}`).join(', ')}}`;
}
