import { describe, expect, it } from 'vitest';
import { PermanentError, RetryableError } from '../errors.js';
import { createHttpClient } from './http.client.js';
import { createAddressResolver } from './address.resolve.js';

const names: Record<string, string[]> = { 'public.example': ['10.0.0.5', '93.184.216.34'], 'inside.example': ['127.0.0.1', '10.1.2.3'] };
const lookup = async (host: string) => {
  const addresses = names[host];
  if (!addresses) throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
  return addresses.map((address) => ({ address }));
};

describe('address policy for non-HTTP transports', () => {
  const strict = createAddressResolver({ allowPrivateNetworks: false, lookup });

  it('returns a public address to connect to (pinned), skipping private answers', async () => {
    expect(await strict('public.example')).toBe('93.184.216.34');
    expect(await strict('93.184.216.34')).toBe('93.184.216.34');
  });

  it('refuses loopback and private addresses, by IP or by name, as permanent errors that name the range', async () => {
    await expect(strict('127.0.0.1')).rejects.toThrow(/127\.0\.0\.1 is not allowed \(loopback range/);
    await expect(strict('inside.example')).rejects.toSatisfy((e: Error) => e instanceof PermanentError && /resolves to 127\.0\.0\.1, which is not allowed/.test(e.message));
  });

  it('a name that does not resolve is worth retrying', async () => {
    await expect(strict('gone.example')).rejects.toSatisfy((e: Error) => e instanceof RetryableError && /ENOTFOUND/.test(e.message));
  });

  it("is the host's HTTP client policy: allowed private networks let any host through", async () => {
    const open = createHttpClient({ allowPrivateNetworks: true });
    const closed = createHttpClient({ allowPrivateNetworks: false });
    try {
      expect(await open.resolveAddress('127.0.0.1')).toBe('127.0.0.1');
      await expect(closed.resolveAddress('127.0.0.1')).rejects.toBeInstanceOf(PermanentError);
    } finally {
      await Promise.all([open.close(), closed.close()]);
    }
  });
});
