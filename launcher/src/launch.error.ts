/** A startup failure the launcher reports as one line (no stack): bad config, busy port, missing build. */
export class LaunchError extends Error {}
