import { lookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import { PermanentError, RetryableError } from '../errors.js';
import { addressRange, isBlockedAddress } from './address.guard.js';

/** Name resolution behind the policy: every address of a host name (default dns.lookup). */
export type AddressLookup = (host: string) => Promise<Array<{ address: string }>>;

const dnsAll: AddressLookup = (host) => lookup(host, { all: true });

/**
 * The host's SSRF rule for transports that are not HTTP (SMTP, raw TCP): resolve the host once, refuse non-public
 * addresses unless private networks are allowed, and return the address to connect to. Connecting to that address
 * (not the name again) pins the socket, so a second DNS answer (rebinding) cannot redirect it.
 */
export function createAddressResolver(options: { allowPrivateNetworks: boolean; lookup?: AddressLookup }): (host: string) => Promise<string> {
  const resolveAll = options.lookup ?? dnsAll;
  return async function resolveAddress(host: string): Promise<string> {
    if (options.allowPrivateNetworks) return host;
    if (isIP(host) !== 0) {
      if (isBlockedAddress(host)) throw new PermanentError(`${host} is not allowed (${addressRange(host)} range; set ALLOW_PRIVATE_NETWORKS to permit it)`);
      return host;
    }
    let answers: Array<{ address: string }>;
    try {
      answers = await resolveAll(host);
    } catch (error) {
      throw new RetryableError(`${host} did not resolve: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
    const allowed = answers.find((answer) => !isBlockedAddress(answer.address));
    if (!allowed) {
      const first = answers[0]?.address ?? host;
      throw new PermanentError(`${host} resolves to ${first}, which is not allowed (${addressRange(first)} range; set ALLOW_PRIVATE_NETWORKS to permit it)`);
    }
    return allowed.address;
  };
}
