// The floor: a workflow that does nothing. Its start-to-completion rate on a server is the most any
// workflow-per-event design can reach there.
export async function benchEmpty(): Promise<void> {}
