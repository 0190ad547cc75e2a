import { describe, expect, it } from 'vitest';
import { defaultMessage } from './message.default.js';
import { sampleEvent } from '../test/sample-event.js';

describe('defaultMessage', () => {
  it('uses subject as title, message as body, and lists source, severity and short data scalars', () => {
    const event = sampleEvent({
      subject: 'Backup of my-db failed',
      data: { message: 'Disk full on /var', url: 'https://panel.example.com/backups/1', size_mb: 512, details: { error: 'disk full' } },
    });
    expect(defaultMessage(event)).toEqual({
      title: 'Backup of my-db failed',
      body: 'Disk full on /var',
      severity: 'high',
      fields: [
        { label: 'Source', value: 'ai-admin-panel' },
        { label: 'Severity', value: 'high' },
        { label: 'Size mb', value: '512' },
        { label: 'Error', value: 'disk full' },
      ],
      url: 'https://panel.example.com/backups/1',
      event,
    });
  });

  it('humanises the type when there is no subject, and reads description', () => {
    const message = defaultMessage(sampleEvent({ subject: undefined, type: 'deploy.failure', data: { description: 'exit 1' } }));
    expect(message.title).toBe('Deploy failure');
    expect(message.body).toBe('exit 1');
  });

  it('does not repeat the title as body, and skips long or structured values', () => {
    const message = defaultMessage(
      sampleEvent({ subject: 'Same', data: { message: 'Same', blob: 'x'.repeat(500), list: [1, 2], url: 'ftp://nope' } }),
    );
    expect(message.body).toBe('');
    expect(message.fields.map((field) => field.label)).toEqual(['Source', 'Severity']);
    expect(message.url).toBeUndefined();
  });

  it('shows at most ten fields', () => {
    const data = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`key_${i}`, i]));
    expect(defaultMessage(sampleEvent({ data })).fields).toHaveLength(10);
  });

  it('escapes for the channel when asked', () => {
    const message = defaultMessage(sampleEvent({ subject: '<b>&', data: { message: 'a<b' } }), { escape: 'slack_mrkdwn' });
    expect(message.title).toBe('&lt;b&gt;&amp;');
    expect(message.body).toBe('a&lt;b');
  });
});
