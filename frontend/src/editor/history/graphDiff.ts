import type { RouteGraph } from '@signalbox/route-model';
import { diffLines } from 'diff';
import { stableJson } from '../../shared/stableJson.js';

export interface DiffLine {
  kind: 'added' | 'removed' | 'same';
  text: string;
}

/** Stable, readable JSON for diffing: nodes and edges sorted by id, positions dropped unless asked for. */
export function normalizeGraph(graph: RouteGraph, withPositions: boolean): string {
  const nodes = [...graph.nodes]
    .sort((a, b) => a.id.localeCompare(b.id))
    .map(({ position, ...node }) => (withPositions ? { ...node, position } : node));
  const edges = [...graph.edges].sort((a, b) => `${a.source}>${a.target}`.localeCompare(`${b.source}>${b.target}`)).map(({ id: _id, ...edge }) => edge);
  return stableJson({ nodes, edges }, 2);
}

export function graphDiff(before: RouteGraph, after: RouteGraph, withPositions = false): DiffLine[] {
  return diffLines(normalizeGraph(before, withPositions), normalizeGraph(after, withPositions)).flatMap((part) =>
    part.value
      .replace(/\n$/, '')
      .split('\n')
      .map((text) => ({ kind: part.added ? 'added' : part.removed ? 'removed' : 'same', text }) as DiffLine),
  );
}
