import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { addressRange, isBlockedAddress, PermanentError, RetryableError } from '@signalbox/plugin-sdk';

/**
 * The host's SSRF rule applied to the SMTP server (ctx.http only guards HTTP): resolve the host once, refuse
 * non-public addresses unless private networks are allowed, and return the address to connect to — the
 * connection is pinned to it, so a second DNS answer (rebinding) cannot redirect the socket.
 */
export async function resolveSmtpHost(host: string, allowPrivateNetworks: boolean): Promise<string> {
  if (allowPrivateNetworks) return host;
  if (isIP(host) !== 0) {
    if (isBlockedAddress(host)) throw new PermanentError(`SMTP host ${host} is not allowed (${addressRange(host)} range; set ALLOW_PRIVATE_NETWORKS to permit it)`);
    return host;
  }
  let answers: Array<{ address: string }>;
  try {
    answers = await lookup(host, { all: true });
  } catch (error) {
    throw new RetryableError(`SMTP host ${host} did not resolve: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const allowed = answers.find((answer) => !isBlockedAddress(answer.address));
  if (!allowed) {
    const first = answers[0]?.address ?? host;
    throw new PermanentError(`SMTP host ${host} resolves to ${first}, which is not allowed (${addressRange(first)} range; set ALLOW_PRIVATE_NETWORKS to permit it)`);
  }
  return allowed.address;
}
