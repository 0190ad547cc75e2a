import type { XYPosition } from '@xyflow/react';
import type { FlowNode } from '../graphAdapter.js';

/** A new card's room: a fresh step is usually incomplete, so it shows an issue note below its summary. */
const CARD = { width: 240, height: 120 };
/** Clear space kept around a new card, so its handles and labels stay reachable. */
const MARGIN = 16;
const STEP = 24;

/** Candidate offsets nearest first, so a nudged card stays as close as it can to where it was dropped. */
const OFFSETS: XYPosition[] = (() => {
  const out: XYPosition[] = [];
  for (let i = -25; i <= 25; i++) for (let j = -25; j <= 25; j++) out.push({ x: i * STEP, y: j * STEP });
  return out.sort((a, b) => a.x ** 2 + a.y ** 2 - (b.x ** 2 + b.y ** 2));
})();

const size = (n: FlowNode) => ({ width: n.measured?.width ?? CARD.width, height: n.measured?.height ?? CARD.height });


function collides(at: XYPosition, nodes: FlowNode[]): boolean {
  return nodes.some((n) => {
    const s = size(n);
    return at.x < n.position.x + s.width + MARGIN && n.position.x < at.x + CARD.width + MARGIN && at.y < n.position.y + s.height + MARGIN && n.position.y < at.y + CARD.height + MARGIN;
  });
}

/** The free spot nearest to `wanted` (a new card's top-left corner) where a card overlaps no existing one. */
export function freeSpot(wanted: XYPosition, nodes: FlowNode[]): XYPosition {
  for (const offset of OFFSETS) {
    const at = { x: Math.round(wanted.x + offset.x), y: Math.round(wanted.y + offset.y) };
    if (!collides(at, nodes)) return at;
  }
  return wanted;
}

/** Where a card goes when dropped with the cursor at `point`: centred on the cursor, then nudged clear of others. */
export function dropSpot(point: XYPosition, nodes: FlowNode[]): XYPosition {
  return freeSpot({ x: point.x - CARD.width / 2, y: point.y - 36 }, nodes);
}
