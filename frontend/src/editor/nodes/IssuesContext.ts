import { createContext, useContext } from 'react';
import type { NodeIssue } from '../validation/issuesByNode.js';

/** Issues per node id, provided once by the editor so each node card can show its own. */
export const IssuesContext = createContext<Map<string, NodeIssue[]>>(new Map());
export const useNodeIssues = (nodeId: string): NodeIssue[] => useContext(IssuesContext).get(nodeId) ?? [];
