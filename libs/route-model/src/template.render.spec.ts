import { describe, expect, it } from 'vitest';
import { MAX_RENDERED_LENGTH, renderMessage, renderTemplate, TemplateSyntaxError } from './template.render.js';
import { sampleEvent } from '../test/sample-event.js';

const event = sampleEvent();
const render = (source: string) => renderTemplate(source, event, { escape: 'none' });

describe('renderTemplate', () => {
  it.each([
    ['{{type}} / {{event.type}}', 'service.health.down / service.health.down'],
    ['{{data.status}} {{severity}} {{source}} {{id}}', 'down high ai-admin-panel evt-1'],
    ['{{data.items.0.name}} {{data.items.[1]}}', 'first second'],
    ['{{data.tags}}', 'prod, eu'],
    ['{{data.metadata}}', '{"region":"nbg1","healthy":false,"note":null}'],
    ['{{#each data.tags}}{{@index}}={{this}} {{/each}}', '0=prod 1=eu '],
    ['{{#with data.metadata}}{{region}}{{/with}}', 'nbg1'],
    ['{{#unless data.metadata.healthy}}unhealthy{{/unless}}', 'unhealthy'],
    ['{{lookup data.tags 1}}', 'eu'],
    ['{{data.missing}}|{{data.missing.deeper}}|{{formatDate data.missing}}|{{upper data.missing}}', '|||'],
    ['{{#each data.missing}}x{{/each}}{{#if data.missing}}x{{/if}}', ''],
    ['{{data.constructor}}{{data.__proto__}}', ''],
  ])('%s → %s', (source, expected) => {
    expect(render(source)).toBe(expected);
  });

  it.each([
    ['{{#if data.status}}unclosed', /line 1: the template ends inside an open block/],
    ['first line\nsecond {{data.status}', /line 2: unexpected character/],
    ['{{#if x}}\n{{/each}}', /line 1: \{\{#if\}\} is closed by \{\{\/each\}\}/],
    ['{{/if}}', /closing \{\{\/…\}\} has no matching opening block/],
    ['ok\n{{shout data.status}}', /Unknown helper "shout" on line 2\. Available helpers: formatDate/],
    ['{{#repeat 3}}x{{/repeat}}', /Unknown helper "repeat"/],
    ['{{#if (shout x)}}x{{/if}}', /Unknown helper "shout"/],
    ['{{log "hi"}}', /Unknown helper "log"/],
    ['{{#if a b}}x{{/if}}', /\{\{#if\}\} on line 1 needs exactly one value/],
    ['{{#each}}x{{/each}}', /\{\{#each\}\} on line 1 needs exactly one value/],
    ['{{> header}}', /Partials .* are not supported/],
    ['{{#> layout}}x{{/layout}}', /Partials .* are not supported/],
    ['{{#* inline "x"}}y{{/inline}}', /Decorators .* are not supported/],
  ])('%j fails with a clear TemplateSyntaxError', (source, message) => {
    let thrown: unknown;
    try {
      render(source);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(TemplateSyntaxError);
    expect((thrown as TemplateSyntaxError).message).toMatch(message);
    expect((thrown as TemplateSyntaxError).template).toBe(source);
  });

  it('caps huge output with an ellipsis', () => {
    const big = sampleEvent({ data: { rows: Array.from({ length: 5_000 }, (_, i) => `row ${i} ${'x'.repeat(40)}`) } });
    const output = renderTemplate('{{#each data.rows}}{{this}}\n{{/each}}', big, { escape: 'none' });
    expect(output).toHaveLength(MAX_RENDERED_LENGTH);
    expect(output.endsWith('…')).toBe(true);
  });

  it('is deterministic across renders (cached template, same output)', () => {
    const source = '{{timeAgo data.started_at}} {{formatDate timestamp "HH:mm"}}';
    expect(render(source)).toBe(render(source));
    expect(render(source)).toBe('5 minutes ago 15:00');
  });
});

describe('renderMessage', () => {
  const config = {
    title: '{{severityEmoji severity}} {{subject}}',
    body: '*{{data.service}}* is {{data.status}} <{{data.note}}>',
    url: 'https://status.example.com/{{data.service}}?a=1&b=2',
    fields: [
      { label: 'Region', value: '{{data.metadata.region}}' },
      { label: 'Missing', value: '{{data.nothing}}' },
      { label: '{{upper "code"}}', value: '{{data.status_code}}' },
    ],
  };

  it('renders title, body, fields and url into a neutral Message', () => {
    const message = renderMessage(config, sampleEvent({ data: { ...event.data, note: 'a&b' } }), { escape: 'slack_mrkdwn' });
    expect(message).toMatchObject({
      title: '🟠 Service my-app health check failing',
      body: '*my-app* is down <a&amp;b>',
      severity: 'high',
      url: 'https://status.example.com/my-app?a=1&b=2',
      fields: [
        { label: 'Region', value: 'nbg1' },
        { label: 'CODE', value: '503' },
      ],
    });
    expect(message.event).toEqual(sampleEvent({ data: { ...event.data, note: 'a&b' } }));
  });

  it('drops a url that is not http(s) and falls back to a default title', () => {
    const message = renderMessage({ title: '{{data.nothing}}', body: '', url: 'javascript:{{data.status}}', fields: [] }, event, {
      escape: 'html',
    });
    expect(message.title).toBe('Service my-app health check failing');
    expect(message.url).toBeUndefined();
  });

  it('rejects a broken field template with TemplateSyntaxError', () => {
    expect(() => renderMessage({ ...config, fields: [{ label: 'x', value: '{{#if}}' }] }, event, { escape: 'none' })).toThrow(
      TemplateSyntaxError,
    );
  });
});
