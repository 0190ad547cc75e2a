import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { configJsonSchema } from './config.schema.js';

describe('configJsonSchema', () => {
  const config = z.object({
    url: z.url().describe('Webhook URL'),
    mode: z.enum(['a', 'b']).default('a'),
    headers: z.record(z.string(), z.string()).optional(),
    signing: z.object({ style: z.string(), secret: z.string().optional() }).optional(),
  });

  it('marks secret strings writeOnly + password and secret records writeOnly', () => {
    const schema = configJsonSchema({ config, secrets: ['url', 'headers', 'signing.secret'] });
    expect(schema).toHaveProperty('properties.url', expect.objectContaining({ type: 'string', writeOnly: true, format: 'password', description: 'Webhook URL' }));
    expect(schema).toHaveProperty('properties.headers.writeOnly', true);
    expect(schema).not.toHaveProperty('properties.headers.format');
    expect(schema).toHaveProperty('properties.signing.properties.secret', expect.objectContaining({ writeOnly: true, format: 'password' }));
    expect(schema).not.toHaveProperty('properties.signing.properties.style.writeOnly');
  });

  it('describes the input side: defaulted fields are optional and carry their default', () => {
    const schema = configJsonSchema({ config, secrets: [] });
    expect(schema.required).toEqual(['url']);
    expect(schema).toHaveProperty('properties.mode', expect.objectContaining({ enum: ['a', 'b'], default: 'a' }));
  });
});
