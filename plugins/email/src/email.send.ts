import type { ChannelContext, SendResult } from '@signalbox/plugin-sdk';
import nodemailer from 'nodemailer';
import type { EmailConfig } from './email.config.js';
import { smtpError } from './email.errors.js';
import type { EmailPayload } from './email.format.js';

/**
 * `<idempotency-key@signalbox>`: the same on every retry of a delivery, so mail systems and clients that
 * dedupe by Message-ID drop the rare duplicate an at-least-once retry sends. Characters outside an RFC 5322
 * dot-atom are hex-escaped so any key yields a valid id.
 */
export function messageIdFor(idempotencyKey: string): string {
  const local = idempotencyKey.replace(/[^A-Za-z0-9!#$%&'*+/=?^_`{|}~-]/g, (char) => `=${char.codePointAt(0)!.toString(16)}`);
  return `<${local || 'delivery'}@signalbox>`;
}

export interface EmailSendOptions {
  timeoutMs: number;
}

/** One SMTP session per attempt (no pool: deliveries are sparse and a stale pooled connection only adds failure modes). */
export async function sendEmail(payload: EmailPayload, config: EmailConfig, ctx: ChannelContext, options: EmailSendOptions): Promise<SendResult> {
  // The host's address policy (the same as for HTTP), so the SMTP server cannot be an internal address in production.
  const address = await ctx.http.resolveAddress(config.host);
  const transport = nodemailer.createTransport({
    host: address,
    port: config.port,
    secure: config.secure,
    requireTLS: config.requireTLS,
    // Pinned to the checked address, the certificate is still verified against the configured host name.
    tls: { servername: config.host },
    ...(config.auth ? { auth: { user: config.auth.user, pass: config.auth.password } } : {}),
    connectionTimeout: options.timeoutMs,
    greetingTimeout: options.timeoutMs,
    socketTimeout: options.timeoutMs * 2,
    disableFileAccess: true,
    disableUrlAccess: true,
  });
  try {
    const info = await transport.sendMail({
      from: { name: config.fromName, address: config.from },
      to: config.to,
      ...(config.cc ? { cc: config.cc } : {}),
      subject: payload.subject,
      text: payload.text,
      html: payload.html,
      messageId: messageIdFor(ctx.idempotencyKey),
      priority: payload.priority,
      headers: { 'X-Signalbox-Event-Id': payload.eventId, 'Auto-Submitted': 'auto-generated' },
    });
    ctx.logger.info('email delivered', { messageId: info.messageId, accepted: info.accepted.length, rejected: info.rejected.length, attempt: ctx.attempt });
    return { statusCode: 250, responseExcerpt: String(info.response ?? '').slice(0, 500) };
  } catch (error) {
    throw smtpError(error, config.host);
  } finally {
    transport.close();
  }
}
