import { z } from 'zod';

const address = z.email({ error: 'must be an email address' });
/** One address or a list: the form can offer a single field, the API accepts both. */
const addresses = z.union([address.transform((value) => [value]), z.array(address).min(1).max(50)]);

export const emailConfigSchema = z.object({
  host: z.string().trim().min(1).max(253).describe('SMTP server host name'),
  port: z.number().int().min(1).max(65535).default(587).describe('587 (submission, STARTTLS), 465 (implicit TLS) or 25'),
  secure: z.boolean().default(false).describe('Implicit TLS from the first byte (port 465). Off: STARTTLS upgrade'),
  requireTLS: z.boolean().default(true).describe('Refuse to send unless the server upgrades to TLS (STARTTLS); turn off only for a trusted local relay'),
  auth: z
    .object({
      user: z.string().min(1).describe('SMTP user name'),
      password: z.string().min(1).describe('SMTP password or app password'),
    })
    .optional()
    .describe('Leave empty for a relay that needs no login'),
  from: address.describe('Sender address (must be allowed to send through this server)'),
  fromName: z.string().trim().max(100).default('Signalbox').describe('Sender display name'),
  to: addresses.describe('Recipient address(es)'),
  cc: addresses.optional().describe('Copy recipient address(es)'),
  subjectPrefix: z.string().max(50).default('[Signalbox]').describe('Put before every subject, for mail filters'),
});

export type EmailConfig = z.infer<typeof emailConfigSchema>;
