import { describe, expect, it } from 'vitest';
import { loadWorkerConfig } from './worker.config.js';

const required = { DATABASE_URL: 'postgres://u@h/db', TEMPORAL_ADDRESS: 'localhost:7233', SIGNALBOX_SECRET_KEY: Buffer.alloc(32, 1).toString('base64') };

describe('loadWorkerConfig', () => {
  it('refuses private networks unless asked (the SSRF guard protects production by default)', () => {
    expect(loadWorkerConfig(required).ALLOW_PRIVATE_NETWORKS).toBe(false);
    expect(loadWorkerConfig({ ...required, ALLOW_PRIVATE_NETWORKS: '' }).ALLOW_PRIVATE_NETWORKS).toBe(false);
    expect(loadWorkerConfig({ ...required, ALLOW_PRIVATE_NETWORKS: 'true' }).ALLOW_PRIVATE_NETWORKS).toBe(true);
  });
});
