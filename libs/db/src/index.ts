export * from './entities/index.js';
export * from './data-source.js';
export * from './secrets.cipher.js';
export * from './sql/event-outcome.sql.js';
