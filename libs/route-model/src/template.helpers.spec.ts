import { describe, expect, it } from 'vitest';
import { renderTemplate } from './template.render.js';
import { sampleEvent } from '../test/sample-event.js';

const event = sampleEvent({ data: { ...sampleEvent().data, empty: '', count: 3, zero: 0, long: 'abcdefghijklmnopqrstuvwxyz', list: [] } });
const render = (source: string) => renderTemplate(source, event, { escape: 'none' });

describe('template helpers', () => {
  it.each([
    ['{{formatDate timestamp "yyyy-MM-dd HH:mm" "Europe/Berlin"}}', '2026-03-29 17:00'],
    ['{{formatDate timestamp}}', '2026-03-29 15:00 UTC'],
    ['{{timeAgo data.started_at}}', '5 minutes ago'],
    ['{{timeAgo data.started_at "2026-03-29T16:55:00Z"}}', '2 hours ago'],
    ['{{#each data.tags}}{{timeAgo @root.data.started_at}};{{/each}}', '5 minutes ago;5 minutes ago;'],
    ['{{duration 323}}', '5m 23s'],
    ['{{duration 1500 "ms"}}', '1s'],
    ['{{upper data.status}}', 'DOWN'],
    ['{{lower data.level}}', 'critical'],
    ['{{humanize type}}', 'Service health down'],
    ['{{truncate data.long 10}}', 'abcdefghi…'],
    ['{{truncate data.status 10}}', 'down'],
    ['{{truncate "🔥🔥🔥🔥" 3}}', '🔥🔥…'],
    ['{{default data.missing "n/a"}}', 'n/a'],
    ['{{default data.empty "n/a"}}', 'n/a'],
    ['{{default data.zero "n/a"}}', '0'],
    ['{{default data.status "n/a"}}', 'down'],
    ['{{json data.tags}}', '["prod","eu"]'],
    ['{{json data.missing}}', 'null'],
    ['{{join data.tags " | "}}', 'prod | eu'],
    ['{{join data.tags}}', 'prod, eu'],
    ['{{severityEmoji severity}}', '🟠'],
    ['{{severityEmoji "CRITICAL"}} {{severityEmoji "warning"}} {{severityEmoji "info"}} {{severityEmoji "?"}}', '🔴 🟡 🔵 ⚪'],
    ['{{severityColor severity}}', '#F57C00'],
    ['{{severityColor "error"}}', '#F57C00'],
  ])('%s → %s', (source, expected) => {
    expect(render(source)).toBe(expected);
  });

  it.each([
    ['eq data.status "down"', true],
    ['eq data.status_code "503"', true],
    ['eq data.status "up"', false],
    ['ne data.status "up"', true],
    ['gt data.status_code 500', true],
    ['gte data.count 3', true],
    ['lt data.latency 100', false],
    ['lte timestamp "2026-03-30"', true],
    ['gt data.status 1', false],
    ['and (eq data.status "down") (gt data.count 1)', true],
    ['and (eq data.status "down") data.list', false],
    ['or (eq data.status "up") data.count', true],
    ['or data.missing data.empty', false],
    ['not data.missing', true],
    ['not data.list', true],
    ['not (eq severity "high")', false],
  ])('{{#if (%s)}} → %s', (expression, expected) => {
    expect(render(`{{#if (${expression})}}yes{{else}}no{{/if}}`)).toBe(expected ? 'yes' : 'no');
  });

  it('exposes comparison results directly too', () => {
    expect(render('{{eq type "service.health.down"}}')).toBe('true');
  });
});
