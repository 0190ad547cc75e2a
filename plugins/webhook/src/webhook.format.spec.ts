import { PermanentError } from '@signalbox/plugin-sdk';
import { describe, expect, it } from 'vitest';
import { webhookConfigSchema } from './webhook.config.js';
import { formatWebhook } from './webhook.format.js';
import { sampleMessage } from './webhook.test-kit.js';

const config = (bodyTemplate: string) => webhookConfigSchema.parse({ url: 'https://example.com/h', body: 'custom', bodyTemplate, signing: { style: 'none' } });

describe('formatWebhook: custom body template', () => {
  it('yields valid JSON when event data holds quotes, backslashes and newlines', () => {
    const tricky = 'He said "deploy failed"\nline two\\ \t tab </script>';
    const payload = formatWebhook(sampleMessage({ message: tricky }), config('{"text": "{{data.message}}", "service": "{{data.service}}", "type": "{{type}}"}'));
    expect(payload.value).toEqual({ text: tricky, service: 'my-app', type: 'deploy.failure' });
    expect(JSON.parse(payload.raw!)).toEqual(payload.value);
  });

  it('embeds whole objects with the json helper in a triple-stash', () => {
    const payload = formatWebhook(sampleMessage({ note: 'a "b"' }), config('{"event": "{{type}}", "data": {{{json data}}} }'));
    expect(payload.value).toEqual({ event: 'deploy.failure', data: sampleMessage({ note: 'a "b"' }).event.data });
  });

  it('invalid JSON → PermanentError naming the problem and showing the rendered start', () => {
    const attempt = () => formatWebhook(sampleMessage(), config('{"text": {{data.message}} }'));
    expect(attempt).toThrow(PermanentError);
    expect(attempt).toThrow(/bodyTemplate did not produce valid JSON .*rendered: \{"text": Service my-app/);
  });

  it('a template that does not compile → PermanentError', () => {
    const stored = { ...config('{}'), bodyTemplate: '{"a": "{{#each}}"}' };
    expect(() => formatWebhook(sampleMessage(), stored)).toThrow(/bodyTemplate does not compile/);
  });

  it('a template over its rendering budget for this event → PermanentError (never retried)', () => {
    const items = Array.from({ length: 100 }, (_, i) => i);
    const stored = { ...config('{}'), bodyTemplate: '{"a": "{{#each data.items}}{{#each ../data.items}}{{#each ../../data.items}}x{{/each}}{{/each}}{{/each}}"}' };
    const attempt = () => formatWebhook(sampleMessage({ items }), stored);
    expect(attempt).toThrow(PermanentError);
    expect(attempt).toThrow(/bodyTemplate: Template is over its rendering budget/);
  });

  it('envelope by default, with the event timestamp (stable across retries)', () => {
    const payload = formatWebhook(sampleMessage(), webhookConfigSchema.parse({ url: 'https://example.com/h', signing: { style: 'none' } }));
    expect(payload.raw).toBeUndefined();
    expect(payload.value).toMatchObject({ type: 'deploy.failure', timestamp: '2026-03-29T14:31:00.000Z', data: { message: { title: 'Deploy failed: my-app' } } });
  });
});
