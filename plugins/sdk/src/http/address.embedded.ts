import ipaddr from 'ipaddr.js';

/**
 * IPv6 forms that carry an IPv4 address inside them. A socket dialling one of these may end up at that IPv4
 * address (through the kernel, a NAT64 gateway or a 6to4/Teredo relay), so the SSRF guard judges them by the
 * IPv4 address they embed, never as "some global IPv6 address".
 */
export interface EmbeddedIpv4 {
  /** Which embedding: ipv4Mapped, ipv4Compatible, ipv4Translated, nat64, nat64LocalUse, 6to4, teredo. */
  form: string;
  ipv4: ipaddr.IPv4[];
  /**
   * Forms with no legitimate use for a notification destination (deprecated, or tunnels to arbitrary hosts):
   * refused even when the IPv4 inside is public. Only NAT64's well-known prefix (IPv6-only networks with DNS64)
   * passes when its IPv4 address does.
   */
  alwaysRefused: boolean;
}

const v4 = (high: number, low: number) => ipaddr.fromByteArray([high >> 8, high & 0xff, low >> 8, low & 0xff]) as ipaddr.IPv4;

export function embeddedIpv4(address: ipaddr.IPv6): EmbeddedIpv4 | undefined {
  const p = address.parts;
  const zeros = (from: number, to: number) => p.slice(from, to).every((part) => part === 0);
  // ::ffff:a.b.c.d
  if (zeros(0, 5) && p[5] === 0xffff) return { form: 'ipv4Mapped', ipv4: [v4(p[6]!, p[7]!)], alwaysRefused: false };
  // ::a.b.c.d (deprecated IPv4-compatible). :: and ::1 are the IPv6 unspecified/loopback addresses, judged as such.
  if (zeros(0, 6) && (p[6] !== 0 || p[7]! > 1)) return { form: 'ipv4Compatible', ipv4: [v4(p[6]!, p[7]!)], alwaysRefused: true };
  // ::ffff:0:a.b.c.d (SIIT, RFC 6145)
  if (zeros(0, 4) && p[4] === 0xffff && p[5] === 0) return { form: 'ipv4Translated', ipv4: [v4(p[6]!, p[7]!)], alwaysRefused: true };
  // 64:ff9b::/96 (NAT64 well-known prefix, RFC 6052)
  if (p[0] === 0x64 && p[1] === 0xff9b && zeros(2, 6)) return { form: 'nat64', ipv4: [v4(p[6]!, p[7]!)], alwaysRefused: false };
  // 64:ff9b:1::/48 (NAT64 local-use, RFC 8215): the IPv4 position depends on the operator's prefix length.
  if (p[0] === 0x64 && p[1] === 0xff9b && p[2] === 1) return { form: 'nat64LocalUse', ipv4: [v4(p[6]!, p[7]!)], alwaysRefused: true };
  // 2002:AABB:CCDD::/48 (6to4)
  if (p[0] === 0x2002) return { form: '6to4', ipv4: [v4(p[1]!, p[2]!)], alwaysRefused: true };
  // 2001:0000:<server v4>:<flags>:<port>:<client v4 XOR ffff:ffff> (Teredo)
  if (p[0] === 0x2001 && p[1] === 0) return { form: 'teredo', ipv4: [v4(p[2]!, p[3]!), v4(p[6]! ^ 0xffff, p[7]! ^ 0xffff)], alwaysRefused: true };
  return undefined;
}
