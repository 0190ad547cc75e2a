import { createHash } from 'node:crypto';

/** API keys are stored only as their SHA-256; the key itself is shown once and never persisted. */
export const hashApiKey = (key: string): string => createHash('sha256').update(key, 'utf8').digest('hex');

/** The first characters of a key, stored so an admin can tell keys apart without seeing them. */
export const apiKeyPrefix = (key: string): string => key.slice(0, 8);
