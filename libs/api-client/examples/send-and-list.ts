// The Node example of docs/api-client.md, run as is by backend/test/api-client-example.spec.ts.
import { createSignalboxClient, newIdempotencyKey } from '@signalbox/api-client';

export async function sendAndList(baseUrl: string, apiKey: string) {
  const signalbox = createSignalboxClient({ baseUrl, apiKey });

  // One key per logical event: a retry of this call (timeout, 503) is answered with the first result, not a second event.
  const idempotencyKey = newIdempotencyKey();
  const sent = await signalbox.POST('/v1/events', {
    params: { header: { 'Idempotency-Key': idempotencyKey } },
    body: { type: 'disk.full', source: 'db-1', severity: 'high', subject: 'Disk 95% full on db-1', data: { mount: '/var' } },
  });
  if (sent.error) throw new Error(`Signalbox refused the event: ${sent.error.message}`); // 400 names each field in `issues`
  console.log(`event ${sent.data.id} ${sent.data.status} on ${sent.data.matchedRoutes.length} route(s)`);

  const listed = await signalbox.GET('/v1/events', { params: { query: { source: 'db-1', limit: 10 } } });
  if (listed.error) throw new Error(`Cannot list events: ${listed.error.message}`);
  for (const event of listed.data.items) console.log(event.receivedAt, event.type, event.outcome);

  return { sent: sent.data, listed: listed.data.items };
}
