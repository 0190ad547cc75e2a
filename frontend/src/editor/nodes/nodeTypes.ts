import type { NodeTypes } from '@xyflow/react';
import { RouteNodeCard } from './RouteNodeCard.js';

/** Defined once at module level: React Flow re-mounts every node if this object changes identity. */
export const nodeTypes: NodeTypes = {
  trigger: RouteNodeCard,
  filter: RouteNodeCard,
  template: RouteNodeCard,
  throttle: RouteNodeCard,
  group: RouteNodeCard,
  send: RouteNodeCard,
};
