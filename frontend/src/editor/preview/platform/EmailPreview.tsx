import { Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useState } from 'react';

export interface EmailPayloadView {
  subject: string;
  html: string;
  text: string;
  priority?: 'high' | 'normal';
}

export interface EmailEnvelope {
  from?: string;
  fromName?: string;
  to?: string[];
  cc?: string[];
}

const list = (value: unknown): string[] | undefined => (Array.isArray(value) ? value.map(String) : typeof value === 'string' ? [value] : undefined);

/** The channel's sender and recipients from its (non-secret) config, as a mail client's header shows them. */
export function envelopeOf(config: Record<string, unknown> | undefined): EmailEnvelope {
  return { from: config?.from as string | undefined, fromName: config?.fromName as string | undefined, to: list(config?.to), cc: list(config?.cc) };
}

function HeaderLine({ label, value }: { label: string; value?: string }) {
  if (!value) return null;
  return <Text size="xs"><Text span size="xs" c="dimmed" w={56} display="inline-block">{label}</Text>{value}</Text>;
}

/**
 * The email as a mail client opens it: header lines, then the HTML part in a sandboxed iframe (srcdoc; the
 * empty sandbox allows no scripts, forms or navigation), or the plain-text part the same message carries.
 */
export function EmailPreview({ payload, envelope }: { payload: EmailPayloadView; envelope: EmailEnvelope }) {
  const [part, setPart] = useState<'html' | 'text'>('html');
  const from = envelope.from ? (envelope.fromName ? `${envelope.fromName} <${envelope.from}>` : envelope.from) : undefined;
  return (
    <Paper withBorder radius="md" data-testid="preview-email" style={{ overflow: 'hidden' }}>
      <Stack gap={2} p="xs" bg="gray.0">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Text fw={700} size="sm" data-testid="email-subject">{payload.subject}</Text>
          {payload.priority === 'high' && <Text size="xs" c="red.8" fw={600}>High priority</Text>}
        </Group>
        <HeaderLine label="From" value={from} />
        <HeaderLine label="To" value={envelope.to?.join(', ')} />
        <HeaderLine label="Cc" value={envelope.cc?.join(', ')} />
      </Stack>
      <Group justify="flex-end" px="xs" pt={6}>
        <SegmentedControl size="xs" value={part} onChange={(v) => setPart(v as 'html' | 'text')} aria-label="Email part"
          data={[{ value: 'html', label: 'HTML' }, { value: 'text', label: 'Plain text' }]} />
      </Group>
      {part === 'html' ? (
        <iframe title="Email HTML part" sandbox="" srcDoc={payload.html} data-testid="email-html" style={{ width: '100%', height: 360, border: 0, background: 'white' }} />
      ) : (
        <Text component="pre" size="xs" p="xs" m={0} ff="monospace" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }} data-testid="email-text">{payload.text}</Text>
      )}
    </Paper>
  );
}
