/** Nest injection token for the shared @temporalio/client `Client` (lazy connection, so the API starts while Temporal is down). */
export const TEMPORAL_CLIENT = Symbol('TEMPORAL_CLIENT');
