/** A resend is a delivery row of the same event and route version whose node id is `<send node>#resend-<n>`. */
export const RESEND_MARK = '#resend-';

export const resendNodeId = (rootNodeId: string, n: string): string => `${rootNodeId}${RESEND_MARK}${n}`;

/** The send node a (possibly resent) delivery belongs to: resending a resend repeats the same send. */
export const rootNodeId = (nodeId: string): string => {
  const at = nodeId.indexOf(RESEND_MARK);
  return at === -1 ? nodeId : nodeId.slice(0, at);
};

/** The send node id a resend repeats, or null for a delivery made by the route itself. */
export const resendOfNode = (nodeId: string): string | null => (nodeId.includes(RESEND_MARK) ? rootNodeId(nodeId) : null);
