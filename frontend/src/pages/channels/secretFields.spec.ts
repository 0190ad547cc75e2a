import type { RJSFSchema } from '@rjsf/utils';
import { describe, expect, it } from 'vitest';
import { humanizeKey, keepUntouchedSecrets, secretAwareSchema, stringMapPaths, stripMasked } from './secretFields.js';

const schema: RJSFSchema = {
  $schema: 'https://json-schema.org/draft/2020-12/schema',
  type: 'object',
  required: ['url', 'name'],
  properties: {
    url: { type: 'string', writeOnly: true, format: 'password' },
    name: { type: 'string' },
    signing: { type: 'object', required: ['secret'], properties: { secret: { type: 'string', writeOnly: true }, style: { type: 'string' } } },
  },
};

describe('channel secrets in forms', () => {
  it('never puts a masked secret into the form', () => {
    expect(stripMasked({ url: '********', name: 'ops', signing: { secret: '********', style: 'std' } })).toEqual({ name: 'ops', signing: { style: 'std' } });
  });

  it('sends the mask back for secrets left empty, and new values for secrets typed in', () => {
    const stored = { url: '********', name: 'ops', signing: { secret: '********', style: 'std' } };
    expect(keepUntouchedSecrets(stored, { name: 'ops2', signing: { style: 'std' } })).toEqual({ url: '********', name: 'ops2', signing: { secret: '********', style: 'std' } });
    expect(keepUntouchedSecrets(stored, { url: 'https://new', name: 'ops', signing: { secret: '', style: 'std' } })).toEqual({ url: 'https://new', name: 'ops', signing: { secret: '********', style: 'std' } });
  });

  it('makes secrets optional password inputs when editing, required when creating', () => {
    const editing = secretAwareSchema(schema, true);
    expect(editing.schema.required).toEqual(['name']);
    expect((editing.schema.properties!.signing as RJSFSchema).required).toEqual([]);
    expect(editing.uiSchema.url).toMatchObject({ 'ui:widget': 'secret', 'ui:placeholder': expect.stringMatching(/leave empty to keep/) });
    expect(editing.schema).not.toHaveProperty('$schema');
    const creating = secretAwareSchema(schema, false);
    expect(creating.schema.required).toEqual(['url', 'name']);
    expect(creating.uiSchema.url).not.toHaveProperty('ui:placeholder');
  });

  it('titles fields for people', () => {
    expect(['url', 'bodyTemplate', 'routing_key', 'smtpHost'].map(humanizeKey)).toEqual(['URL', 'Body template', 'Routing key', 'SMTP host']);
    expect((secretAwareSchema(schema, false).schema.properties!.url as RJSFSchema).title).toBe('URL');
  });

  it('keeps header names (values masked) in the form, and sends removed headers as removed', () => {
    const withHeaders: RJSFSchema = { ...schema, properties: { ...schema.properties, headers: { type: 'object', writeOnly: true, additionalProperties: { type: 'string' } } } };
    const maps = stringMapPaths(withHeaders);
    expect([...maps]).toEqual(['headers']);
    const stored = { url: '********', headers: { Authorization: '********', 'X-Team': '********' } };
    expect(stripMasked(stored, maps)).toEqual({ headers: { Authorization: '********', 'X-Team': '********' } });
    // X-Team removed, Authorization kept (still masked), X-New added: exactly that goes to the API.
    expect(keepUntouchedSecrets(stored, { headers: { Authorization: '********', 'X-New': 'v' } }, maps)).toEqual({ url: '********', headers: { Authorization: '********', 'X-New': 'v' } });
    expect(keepUntouchedSecrets(stored, {}, maps)).toEqual({ url: '********', headers: {} });
    expect(secretAwareSchema(withHeaders, true).uiSchema.headers).toEqual({ 'ui:field': 'stringMap', 'ui:options': { secretValues: true } });
  });
});
