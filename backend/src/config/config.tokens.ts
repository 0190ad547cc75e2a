/** Nest injection token for the RuntimeConfig the app was started with. */
export const APP_CONFIG = Symbol('APP_CONFIG');
