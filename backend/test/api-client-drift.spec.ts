import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { API_CLIENT_DIR, GENERATED_FILES, renderApiClientFiles } from '../../tools/api-client/generate.js';

// libs/api-client ships the OpenAPI document and its types as committed files; they must be what the
// backend's code produces now, or clients compile against an API that no longer exists.
describe('@signalbox/api-client generated files', () => {
  it('match the OpenAPI document the backend builds', async () => {
    const fresh = await renderApiClientFiles();
    for (const name of GENERATED_FILES) {
      const committed = await readFile(join(API_CLIENT_DIR, name), 'utf8').catch(() => '');
      expect(committed === fresh[name], `libs/api-client/${name} is out of date with the backend's API: run npm run api:generate and commit the result`).toBe(true);
    }
  });
});
