/** Below this zoom cards cannot be read; fit view stops here and the mini-map shows the rest of a large route. */
export const READABLE_ZOOM = 0.5;

/** How the canvas frames a route on open and after auto-layout. */
export const FIT_VIEW = { padding: 0.15, maxZoom: 1, minZoom: READABLE_ZOOM } as const;
