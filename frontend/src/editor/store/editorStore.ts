import { addEdge, applyEdgeChanges, applyNodeChanges, type Connection, type EdgeChange, type NodeChange, type XYPosition } from '@xyflow/react';
import type { RouteGraph, RouteNode, RouteNodeType } from '@signalbox/route-model';
import { temporal } from 'zundo';
import { create } from 'zustand';
import type { ApiIssue } from '../../api/http.js';
import { stableJson } from '../../shared/stableJson.js';
import type { TraceStep } from '../../api/routes.js';
import { autoLayout } from '../autoLayout.js';
import { decorateEdge, edgeId, fromFlow, needsLayout, PASS_HANDLE, toFlow, type FlowEdge, type FlowNode } from '../graphAdapter.js';
import { defaultConfig } from '../nodes/nodeMeta.js';
import { createCoalescer } from './coalesce.js';

export interface EditorState {
  nodes: FlowNode[];
  edges: FlowEdge[];
  /** The node whose inspector is open. */
  inspectedNodeId: string | null;
  /** Outcome per node from the last test run; cleared when the graph changes shape. */
  trace: Record<string, TraceStep> | null;
  serverIssues: ApiIssue[];
  /** The graph (canonical JSON) the server issues were about; they are shown only while it is unchanged. */
  serverIssuesGraphJson: string;
  /** The graph as last loaded or saved, to know whether there are unsaved changes. */
  savedGraphJson: string;

  load(graph: RouteGraph): void;
  markSaved(graph: RouteGraph): void;
  onNodesChange(changes: NodeChange<FlowNode>[]): void;
  onEdgesChange(changes: EdgeChange<FlowEdge>[]): void;
  onConnect(connection: Connection): void;
  addNode(type: RouteNodeType, position: XYPosition, options?: { channelId?: string; label?: string }): string;
  updateConfig(id: string, config: RouteNode['config']): void;
  updateLabel(id: string, label: string): void;
  /** Splits an edge: source -> new node -> target, one undo step. A send (no exit) or trigger (no entry) is just added. */
  insertOnEdge(edgeId: string, type: RouteNodeType, position: XYPosition, options?: { channelId?: string }): string;
  /** Selects exactly this node (keyboard navigation); not an undo step. */
  selectOnly(id: string): void;
  deleteNodes(ids: string[]): void;
  deleteSelection(): void;
  layout(): void;
  inspect(id: string | null): void;
  setTrace(trace: TraceStep[] | null): void;
  setServerIssues(issues: ApiIssue[], graph?: RouteGraph): void;
}

const coalescer = createCoalescer();

/** The graph as the editor would save it, so "unsaved changes" compares like with like (key order, edge ids). */
const canonicalJson = (graph: RouteGraph) => {
  const flow = toFlow(graph);
  return stableJson(fromFlow(flow.nodes, flow.edges));
};

/** The undoable part of the state is the graph only; selection, inspector, trace and issues are not. */
export const useEditorStore = create<EditorState>()(
  temporal(
    (set, get) => {
      const untracked = (update: Partial<EditorState> | ((s: EditorState) => Partial<EditorState>)) => {
        const history = useEditorStore.temporal.getState();
        history.pause();
        set(update);
        history.resume();
      };
      /** Records an undo step unless this change continues the burst (same key) already recorded. */
      const tracked = (update: Partial<EditorState> | ((s: EditorState) => Partial<EditorState>), burstKey?: string) => {
        if (coalescer.continues(burstKey)) untracked(update);
        else set(update);
      };
      const nextId = (type: RouteNodeType) => {
        const taken = new Set(get().nodes.map((n) => n.id));
        let i = 1;
        while (taken.has(`${type}-${i}`)) i++;
        return `${type}-${i}`;
      };

      return {
        nodes: [],
        edges: [],
        inspectedNodeId: null,
        trace: null,
        serverIssues: [],
        serverIssuesGraphJson: '',
        savedGraphJson: '',

        load(graph) {
          const flow = toFlow(graph);
          const nodes = needsLayout(graph) ? autoLayout(flow.nodes, flow.edges) : flow.nodes;
          untracked({ nodes, edges: flow.edges, inspectedNodeId: null, trace: null, serverIssues: [], savedGraphJson: canonicalJson(graph) });
          useEditorStore.temporal.getState().clear();
          coalescer.reset();
        },
        markSaved(graph) {
          untracked({ savedGraphJson: canonicalJson(graph) });
        },
        onNodesChange(changes) {
          const next = (s: EditorState) => ({ nodes: applyNodeChanges(changes, s.nodes) });
          if (changes.every((c) => c.type === 'select' || c.type === 'dimensions')) return untracked(next);
          const positions = changes.filter((c) => c.type === 'position');
          if (positions.length === changes.length) {
            // First move of a drag records the pre-drag graph; the rest of the drag and its drop do not.
            const dragging = positions.some((c) => c.dragging);
            if (!dragging) {
              coalescer.reset();
              return untracked(next);
            }
            return tracked(next, 'drag');
          }
          tracked(next);
        },
        onEdgesChange(changes) {
          const next = (s: EditorState) => ({ edges: applyEdgeChanges(changes, s.edges) });
          if (changes.every((c) => c.type === 'select')) untracked(next);
          else tracked(next);
        },
        onConnect(connection) {
          if (connection.source === connection.target) return;
          const edge = decorateEdge({ ...connection, id: edgeId(connection.source, connection.target, connection.sourceHandle) });
          tracked((s) => ({ edges: addEdge(edge, s.edges), trace: null }));
        },
        addNode(type, position, options = {}) {
          const id = nextId(type);
          const node: FlowNode = {
            id,
            type,
            position,
            data: { config: defaultConfig(type, options.channelId), ...(options.label ? { label: options.label } : {}) },
          };
          tracked((s) => ({ nodes: [...s.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), { ...node, selected: true }], trace: null }));
          untracked({ inspectedNodeId: id });
          return id;
        },
        insertOnEdge(edgeIdToSplit, type, position, options = {}) {
          const edge = get().edges.find((e) => e.id === edgeIdToSplit);
          if (!edge || type === 'send' || type === 'trigger') return get().addNode(type, position, options);
          const id = nextId(type);
          const node: FlowNode = { id, type, position, data: { config: defaultConfig(type, options.channelId) } };
          const handle = type === 'filter' ? PASS_HANDLE : null;
          const into = decorateEdge({ id: edgeId(edge.source, id, edge.sourceHandle), source: edge.source, target: id, sourceHandle: edge.sourceHandle ?? null });
          const out = decorateEdge({ id: edgeId(id, edge.target, handle), source: id, target: edge.target, sourceHandle: handle });
          tracked((s) => ({
            nodes: [...s.nodes.map((n) => (n.selected ? { ...n, selected: false } : n)), { ...node, selected: true }],
            edges: [...s.edges.filter((e) => e.id !== edge.id), into, out],
            trace: null,
          }));
          untracked({ inspectedNodeId: id });
          return id;
        },
        selectOnly(id) {
          untracked((s) => ({
            nodes: s.nodes.map((n) => (n.selected === (n.id === id) ? n : { ...n, selected: n.id === id })),
            edges: s.edges.map((e) => (e.selected ? { ...e, selected: false } : e)),
          }));
        },
        updateConfig(id, config) {
          tracked((s) => ({ nodes: s.nodes.map((n) => (n.id === id ? { ...n, data: { ...n.data, config } } : n)) }), `config:${id}`);
        },
        updateLabel(id, label) {
          tracked((s) => ({ nodes: s.nodes.map((n) => (n.id === id ? { ...n, data: { ...n.data, label } } : n)) }), `label:${id}`);
        },
        deleteNodes(ids) {
          const doomed = new Set(ids);
          tracked((s) => ({
            nodes: s.nodes.filter((n) => !doomed.has(n.id)),
            edges: s.edges.filter((e) => !doomed.has(e.source) && !doomed.has(e.target)),
            trace: null,
          }));
          if (get().inspectedNodeId && doomed.has(get().inspectedNodeId!)) untracked({ inspectedNodeId: null });
        },
        deleteSelection() {
          const { nodes, edges } = get();
          const nodeIds = nodes.filter((n) => n.selected).map((n) => n.id);
          const edgeIds = new Set(edges.filter((e) => e.selected).map((e) => e.id));
          if (!nodeIds.length && !edgeIds.size) return;
          const doomed = new Set(nodeIds);
          tracked((s) => ({
            nodes: s.nodes.filter((n) => !doomed.has(n.id)),
            edges: s.edges.filter((e) => !edgeIds.has(e.id) && !doomed.has(e.source) && !doomed.has(e.target)),
            trace: null,
          }));
          if (get().inspectedNodeId && doomed.has(get().inspectedNodeId!)) untracked({ inspectedNodeId: null });
        },
        layout() {
          tracked((s) => ({ nodes: autoLayout(s.nodes, s.edges) }));
        },
        inspect(id) {
          untracked({ inspectedNodeId: id });
        },
        setTrace(trace) {
          untracked({ trace: trace ? Object.fromEntries(trace.map((step) => [step.nodeId, step])) : null });
        },
        setServerIssues(issues, graph) {
          untracked({ serverIssues: issues, serverIssuesGraphJson: graph ? canonicalJson(graph) : stableJson(selectGraph(get())) });
        },
      };
    },
    {
      partialize: (s): Pick<EditorState, 'nodes' | 'edges'> => ({ nodes: s.nodes, edges: s.edges }),
      equality: (a, b) => a.nodes === b.nodes && a.edges === b.edges,
      limit: 100,
    },
  ),
);

/** The graph in the saved shape (what Save and validation see). */
export const selectGraph = (s: Pick<EditorState, 'nodes' | 'edges'>): RouteGraph => fromFlow(s.nodes, s.edges);

// Handy when debugging the editor in a dev build (window.__signalboxEditor.getState()); not in production.
if (import.meta.env.DEV && typeof window !== 'undefined') (window as unknown as Record<string, unknown>).__signalboxEditor = useEditorStore;
