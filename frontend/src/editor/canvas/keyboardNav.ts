import type { FlowEdge, FlowNode } from '../graphAdapter.js';

export type NavKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight';
export const NAV_KEYS: readonly string[] = ['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight'];

/**
 * The node an arrow key moves the selection to: down to the first (leftmost) child, up to the first parent, left
 * and right to the nearest card in the same row (siblings after auto-layout). Nothing selected: the top-left card.
 */
export function nextNode(nodes: FlowNode[], edges: FlowEdge[], currentId: string | null, key: NavKey): string | null {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const current = currentId ? byId.get(currentId) : undefined;
  if (!current) return [...nodes].sort((a, b) => a.position.y - b.position.y || a.position.x - b.position.x)[0]?.id ?? null;
  const leftmost = (ids: string[]) =>
    ids.map((id) => byId.get(id)).filter((n): n is FlowNode => !!n).sort((a, b) => a.position.x - b.position.x)[0]?.id ?? current.id;
  if (key === 'ArrowDown') return leftmost(edges.filter((e) => e.source === current.id).map((e) => e.target));
  if (key === 'ArrowUp') return leftmost(edges.filter((e) => e.target === current.id).map((e) => e.source));
  const direction = key === 'ArrowRight' ? 1 : -1;
  const row = nodes.filter((n) => n.id !== current.id && Math.abs(n.position.y - current.position.y) < 40 && (n.position.x - current.position.x) * direction > 0);
  return row.sort((a, b) => Math.abs(a.position.x - current.position.x) - Math.abs(b.position.x - current.position.x))[0]?.id ?? current.id;
}
