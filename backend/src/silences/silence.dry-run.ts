import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { MuteTiming, Silence } from '@signalbox/db';
import { findSilencing, isMuted, muteTimingIdsForSend, type RouteGraph, type SignalboxEvent } from '@signalbox/route-model';
import { In, LessThanOrEqual, MoreThan } from 'typeorm';

/**
 * The dry run's word on silences: for each send it would make, the silence or mute timing that would stop it
 * right now, decided by the same pure matcher and window code as the worker's checkSilences activity.
 */
@Injectable()
export class SilenceDryRun {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /**
   * nodeId → "would be silenced by <id> …" for the given send and group nodes (a silenced event stays out of
   * its group, as the worker's joinGroup decides; mute timings apply to sends only).
   */
  async notes(tenantId: string, event: SignalboxEvent, graph: RouteGraph, nodeIds: string[]): Promise<Map<string, string>> {
    const notes = new Map<string, string>();
    if (nodeIds.length === 0) return notes;
    const now = new Date();
    const silences = await this.db.getRepository(Silence).findBy({ tenantId, startsAt: LessThanOrEqual(now), endsAt: MoreThan(now) });
    const silence = findSilencing(silences, event, now);
    if (silence) {
      for (const group of graph.nodes.filter((n) => n.type === 'group' && nodeIds.includes(n.id))) {
        notes.set(group.id, `would be silenced by ${silence.id} (${silence.comment}) and kept out of the group`);
      }
    }
    const sends = graph.nodes.filter((n) => n.type === 'send' && nodeIds.includes(n.id));
    const timingIds = [...new Set(sends.flatMap((n) => muteTimingIdsForSend(graph, n.id)))];
    const timings = timingIds.length ? await this.db.getRepository(MuteTiming).findBy({ tenantId, id: In(timingIds) }) : [];
    for (const node of sends) {
      if (silence) {
        notes.set(node.id, `would be silenced by ${silence.id} (${silence.comment})`);
        continue;
      }
      const ids = muteTimingIdsForSend(graph, node.id);
      const muting = timings.filter((t) => ids.includes(t.id)).sort((a, b) => a.name.localeCompare(b.name)).find((t) => isMuted(t, now));
      if (muting) notes.set(node.id, `would be muted by mute timing "${muting.name}" (${muting.id})`);
    }
    return notes;
  }
}
