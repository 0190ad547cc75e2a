import type { LookupAddress } from 'node:dns';
import ipaddr from 'ipaddr.js';
import { afterAll, describe, expect, it } from 'vitest';
import { PermanentError } from '../errors.js';
import { startTestReceiver } from '../testing/http-receiver.js';
import { addressRange, isBlockedAddress, type Resolver } from './address.guard.js';
import { createHttpClient } from './http.client.js';

// The SSRF guard, through the real HTTP client the host hands to plugins: every address below must be refused
// before a byte is sent, whatever spelling reaches it.

const PRIVATE_V4 = ['127.0.0.1', '127.255.255.254', '10.0.0.1', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '192.0.0.170'];

const hex = (v4: string) => {
  const [a, b, c, d] = v4.split('.').map(Number) as [number, number, number, number];
  return [((a << 8) | b).toString(16), ((c << 8) | d).toString(16)] as const;
};

/** Every IPv6 form that embeds an IPv4 address, for one IPv4 target. */
export function ipv6Embeddings(v4: string): Record<string, string> {
  const [hi, lo] = hex(v4);
  const [thi, tlo] = [(0xffff ^ parseInt(hi, 16)).toString(16), (0xffff ^ parseInt(lo, 16)).toString(16)];
  return {
    'IPv4-mapped dotted': `::ffff:${v4}`,
    'IPv4-mapped hex': `::ffff:${hi}:${lo}`,
    'IPv4-compatible dotted': `::${v4}`,
    'IPv4-compatible hex': `::${hi}:${lo}`,
    'IPv4-translated (SIIT)': `::ffff:0:${hi}:${lo}`,
    'NAT64 well-known': `64:ff9b::${hi}:${lo}`,
    'NAT64 local-use': `64:ff9b:1::${hi}:${lo}`,
    '6to4': `2002:${hi}:${lo}::1`,
    'Teredo client': `2001:0:4136:e378:8000:63bf:${thi}:${tlo}`,
    'Teredo server': `2001:0:${hi}:${lo}:8000:63bf:3fff:fdd2`,
  };
}

const EMBEDDED = PRIVATE_V4.filter((v4) => v4 !== '0.0.0.0').flatMap((v4) => Object.entries(ipv6Embeddings(v4)).map(([form, v6]) => [`${form} of ${v4}`, v6] as const));

const NATIVE_V6 = ['::1', '::', 'fe80::1', 'fe80::1%25eth0', 'fd00::1', 'fc00::1', 'ff02::1', 'fec0::1', '100::1', '2001:db8::1'];
const V4_SPELLINGS = ['2130706433', '0x7f000001', '127.1', '0177.0.0.1', '0x7f.0.0.1', '017700000001', '169.254.43518', '0', '10.1', '192.168.257'];

/** Names that resolve to private addresses: a resolver with a fixed table, no real DNS. */
const ZONE: Record<string, string[]> = {
  'localhost.test': ['127.0.0.1'],
  'metadata.test': ['169.254.169.254'],
  'metadata-v6.test': ['fd00:ec2::254'],
  'intranet.test': ['10.20.30.40'],
  'router.test': ['192.168.0.1'],
  'mapped.test': ['::ffff:127.0.0.1'],
  'compat.test': ['::a9fe:a9fe'],
  'nat64.test': ['64:ff9b::a9fe:a9fe'],
  'sixtofour.test': ['2002:a00:1::1'],
  'mixed.test': ['10.0.0.1', '::1'],
  'cgnat.test': ['100.100.100.100'],
  'zero.test': ['0.0.0.0'],
};
const resolver: Resolver = (hostname, _options, callback) => {
  const addresses = ZONE[hostname];
  if (!addresses) return callback(Object.assign(new Error(`ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' }), []);
  callback(null, addresses.map((address): LookupAddress => ({ address, family: ipaddr.parse(address).kind() === 'ipv4' ? 4 : 6 })));
};

const client = createHttpClient({ timeoutMs: 3_000, resolve: resolver });
afterAll(() => client.close());

const refusal = async (url: string) => {
  const error = await client.request(url, { method: 'POST', body: '{}' }).then(
    () => new Error(`${url} was reached`),
    (e: unknown) => e as Error,
  );
  return error;
};

describe('SSRF guard: at least 60 addresses, refused before connecting', () => {
  const literals = [...PRIVATE_V4.map((a) => [a, a] as const), ...EMBEDDED, ...NATIVE_V6.map((a) => [a, a] as const)];

  it('covers the promised ground', () => {
    expect(literals.length + V4_SPELLINGS.length + Object.keys(ZONE).length).toBeGreaterThanOrEqual(60);
    // Every embedding form for every private IPv4 target.
    expect(EMBEDDED.length).toBe(9 * 10);
  });

  it.each(literals)('refuses %s (%s) as a literal', async (_label, address) => {
    expect(isBlockedAddress(address.replace('%25', '%')), addressRange(address)).toBe(true);
    const host = address.includes(':') ? `[${address}]` : address;
    const error = await refusal(`https://${host}:8443/hook`);
    expect(error).toBeInstanceOf(PermanentError);
    expect(error.message).toMatch(/not allowed|invalid URL/);
  });

  it.each(V4_SPELLINGS)('refuses the IPv4 spelling %s (normalised by the URL parser, then judged)', async (spelling) => {
    const error = await refusal(`https://${spelling}/hook`);
    expect(error).toBeInstanceOf(PermanentError);
    expect(error.message).toMatch(/not allowed/);
  });

  it.each(Object.keys(ZONE))('refuses %s, a name that resolves to a private address', async (name) => {
    const error = await refusal(`https://${name}/hook`);
    expect(error).toBeInstanceOf(PermanentError);
    expect(error.message).toMatch(/not allowed/);
  });

  it('judges embedded forms by the IPv4 inside: NAT64 of a public address passes, tunnels never do', () => {
    expect(isBlockedAddress('64:ff9b::808:808')).toBe(false);
    expect(isBlockedAddress('::ffff:8.8.8.8')).toBe(false);
    expect(addressRange('::a9fe:a9fe')).toBe('ipv4Compatible→linkLocal');
    expect(addressRange('64:ff9b::7f00:1')).toBe('nat64→loopback');
    expect(isBlockedAddress('2002:808:808::1')).toBe(true);
    expect(isBlockedAddress('::8.8.8.8')).toBe(true);
    for (const address of ['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '2a00:1450:4001:82a::200e']) expect(isBlockedAddress(address), address).toBe(false);
  });

  it('refuses plain http unless private networks are allowed (every channel request carries a credential)', async () => {
    const error = await refusal('http://hooks.example.com/services/T/B/X');
    expect(error).toBeInstanceOf(PermanentError);
    expect(error.message).toMatch(/plain http to hooks.example.com is refused: use an https URL/);
  });

  it('reaches a private name only when private networks are allowed', async () => {
    const receiver = await startTestReceiver();
    const port = new URL(receiver.url).port;
    const open = createHttpClient({ allowPrivateNetworks: true, resolve: resolver });
    try {
      expect((await open.request(`http://localhost.test:${port}/hook`, { method: 'POST', body: '{}' })).status).toBe(200);
      const refused = await refusal(`https://localhost.test:${port}/hook`);
      expect(refused.message).toMatch(/127\.0\.0\.1 is not allowed \(loopback range/);
    } finally {
      await open.close();
      await receiver.close();
    }
  });
});
