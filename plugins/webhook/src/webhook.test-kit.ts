import type { Message } from '@signalbox/plugin-sdk';

/** AI Admin Panel's deploy.failure seed event, as an accepted Signalbox event and its message. */
export function sampleMessage(data: Record<string, unknown> = {}): Message {
  const event = {
    id: 'evt_01',
    type: 'deploy.failure',
    source: 'ai-admin-panel',
    severity: 'high' as const,
    timestamp: '2026-03-29T14:31:00Z',
    subject: 'my-app',
    data: { service: 'my-app', customer: 'Acme Corp', message: 'Service my-app failed to deploy', details: { image: 'myapp:latest', error: 'container exited with code 1' }, ...data },
  };
  return { title: 'Deploy failed: my-app', body: '**my-app** failed', severity: 'high', fields: [{ label: 'Customer', value: 'Acme Corp' }], url: 'https://panel.example.com/deploys/1', event };
}

export { recordingLogger, testHttpClient } from '@signalbox/plugin-sdk/testing';
