import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.load.js';

describe('loadConfig', () => {
  it('applies the documented defaults to an empty environment', () => {
    expect(loadConfig({})).toMatchObject({
      PORT: 8080,
      HOST: '0.0.0.0',
      DATA_DIR: '.data',
      EMBEDDED_POSTGRES_PORT: 54329,
      TEMPORAL_PORT: 7233,
      TEMPORAL_UI_PORT: 8233,
      TEMPORAL_NAMESPACE: 'default',
      TEMPORAL_TASK_QUEUE: 'signalbox-routes',
      ALLOW_PRIVATE_NETWORKS: false,
    });
  });

  it('treats blank values as unset', () => {
    const config = loadConfig({ PORT: '', DATABASE_URL: '' });
    expect(config.PORT).toBe(8080);
    expect(config.DATABASE_URL).toBeUndefined();
  });

  it.each([
    ['PORT', 'abc'],
    ['TEMPORAL_PORT', '70000'],
    ['DATABASE_URL', 'mysql://x@y/z'],
    ['TEMPORAL_ADDRESS', 'localhost'],
    ['SIGNALBOX_SECRET_KEY', 'too-short'],
    ['LOG_LEVEL', 'loud'],
  ])('rejects %s=%s in one line naming the variable', (name, value) => {
    const attempt = () => loadConfig({ [name]: value });
    expect(attempt).toThrow(ConfigError);
    expect(attempt).toThrow(new RegExp(`^Invalid configuration: ${name} [^\\n]+$`));
  });
});
