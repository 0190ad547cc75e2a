import { describe, expect, it } from 'vitest';
import { createOpenApiDocument } from './openapi.document.js';

describe('createOpenApiDocument', () => {
  it('builds the served document without Postgres or Temporal', async () => {
    const document = await createOpenApiDocument();
    const operations = Object.values(document.paths).flatMap((methods) => Object.keys(methods));
    expect(operations.length).toBeGreaterThanOrEqual(25);
    expect(document.paths['/v1/events']?.post?.responses['202']).toBeDefined();
  });
});
