import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import ipaddr from 'ipaddr.js';

/** A destination the host's address policy refuses (SSRF guard). Retrying cannot help: it is a config problem. */
export class BlockedAddressError extends Error {
  override name = 'BlockedAddressError';
  readonly code = 'ERR_SIGNALBOX_BLOCKED_ADDRESS';
  constructor(
    readonly address: string,
    readonly range: string,
  ) {
    super(`destination address ${address} is not allowed (${range} range; set allowPrivateNetworks to permit it)`);
  }
}

/**
 * The ipaddr.js range of an address, with IPv4-mapped IPv6 (::ffff:127.0.0.1) unwrapped first so it is
 * judged as the IPv4 address it really reaches. Unparseable input is reported as 'invalid'.
 */
export function addressRange(address: string): string {
  const bare = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (!ipaddr.isValid(bare)) return 'invalid';
  return ipaddr.process(bare).range();
}

/**
 * Only globally routable unicast is allowed. An allowlist (rather than listing loopback, private, link-local,
 * multicast, unspecified, ...) also refuses carrier-grade NAT, reserved/documentation ranges and the
 * IPv6 transition prefixes (6to4, Teredo, NAT64) that can smuggle an internal IPv4 address.
 */
export function isBlockedAddress(address: string): boolean {
  return addressRange(address) !== 'unicast';
}

export function assertAllowedAddress(address: string): void {
  if (isBlockedAddress(address)) throw new BlockedAddressError(address, addressRange(address));
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/**
 * A drop-in for dns.lookup used as the socket's `lookup` at connect time: the check runs on the address the
 * socket will actually dial, so a hostname that resolves to a public IP at validation time and to 127.0.0.1
 * later (DNS rebinding) is still refused. Blocked answers are dropped; if none is left the connect fails.
 */
export function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
  dnsLookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, []);
    const allowed = addresses.filter((entry) => !isBlockedAddress(entry.address));
    const first = allowed[0];
    if (!first) {
      const blocked = addresses[0];
      return callback(new BlockedAddressError(blocked?.address ?? hostname, blocked ? addressRange(blocked.address) : 'unresolved'), []);
    }
    if (options.all) return callback(null, allowed);
    callback(null, first.address, first.family);
  });
}
