import { lookup as dnsLookup, type LookupAddress, type LookupOptions } from 'node:dns';
import ipaddr from 'ipaddr.js';
import { embeddedIpv4 } from './address.embedded.js';

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

/** `::10.0.0.1` → `::a00:1`: ipaddr.js reads any dotted IPv6 tail as IPv4-mapped, which hides IPv4-compatible forms. */
function dottedTailToHex(address: string): string {
  const match = /^(.*:)(\d{1,3}(?:\.\d{1,3}){3})$/.exec(address);
  if (!match || !ipaddr.IPv4.isValidFourPartDecimal(match[2]!)) return address;
  const [a, b, c, d] = ipaddr.IPv4.parse(match[2]!).octets as [number, number, number, number];
  return `${match[1]}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
}

/**
 * The ipaddr.js range of an address. IPv6 forms that embed an IPv4 address (mapped, compatible, translated,
 * NAT64, 6to4, Teredo) are judged by the IPv4 address inside: `ipv4Compatible→linkLocal` for [::a9fe:a9fe].
 * Unparseable input is reported as 'invalid'.
 */
export function addressRange(address: string): string {
  const bare = dottedTailToHex(address.replace(/^\[|\]$/g, '').replace(/%.*$/, ''));
  if (!ipaddr.isValid(bare)) return 'invalid';
  const parsed = ipaddr.parse(bare);
  if (parsed.kind() === 'ipv4') return parsed.range();
  const embedded = embeddedIpv4(parsed as ipaddr.IPv6);
  if (!embedded) return parsed.range();
  const ranges = embedded.ipv4.map((ipv4) => ipv4.range());
  const worst = ranges.find((range) => range !== 'unicast') ?? 'unicast';
  // IPv4-mapped reads as the IPv4 address itself (that is what the socket dials).
  if (embedded.form === 'ipv4Mapped') return worst;
  if (embedded.alwaysRefused || worst !== 'unicast') return `${embedded.form}→${worst}`;
  return 'unicast';
}

/**
 * Only globally routable unicast is allowed. An allowlist (rather than listing loopback, private, link-local,
 * multicast, unspecified, ...) also refuses carrier-grade NAT, reserved/documentation ranges and the
 * IPv6 transition forms (IPv4-compatible, 6to4, Teredo) that can smuggle an internal IPv4 address;
 * NAT64's well-known prefix passes only with a public IPv4 address inside.
 */
export function isBlockedAddress(address: string): boolean {
  return addressRange(address) !== 'unicast';
}

export function assertAllowedAddress(address: string): void {
  if (isBlockedAddress(address)) throw new BlockedAddressError(address, addressRange(address));
}

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
/** dns.lookup's shape with `all: true`; tests pass their own resolver (no real DNS). */
export type Resolver = (hostname: string, options: LookupOptions & { all: true }, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;

/**
 * A drop-in for dns.lookup used as the socket's `lookup` at connect time: the check runs on the address the
 * socket will actually dial, so a hostname that resolves to a public IP at validation time and to 127.0.0.1
 * later (DNS rebinding) is still refused. Blocked answers are dropped; if none is left the connect fails.
 */
export function createGuardedLookup(resolve: Resolver = dnsLookup as Resolver) {
  return function guardedLookup(hostname: string, options: LookupOptions, callback: LookupCallback): void {
    resolve(hostname, { ...options, all: true }, (error, addresses) => {
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
  };
}

export const guardedLookup = createGuardedLookup();
