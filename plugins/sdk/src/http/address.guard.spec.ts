import { describe, expect, it } from 'vitest';
import { addressRange, BlockedAddressError, guardedLookup, isBlockedAddress } from './address.guard.js';

describe('isBlockedAddress', () => {
  it.each([
    ['127.0.0.1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['172.16.0.1', 'private'],
    ['192.168.1.100', 'private'],
    ['169.254.169.254', 'linkLocal'],
    ['224.0.0.251', 'multicast'],
    ['0.0.0.0', 'unspecified'],
    ['100.64.0.1', 'carrierGradeNat'],
    ['::1', 'loopback'],
    ['::', 'unspecified'],
    ['fe80::1', 'linkLocal'],
    ['fd00::1', 'uniqueLocal'],
    ['ff02::1', 'multicast'],
    ['::ffff:127.0.0.1', 'loopback'],
    ['::ffff:10.0.0.1', 'private'],
    ['64:ff9b::a00:1', 'nat64→private'],
    ['::a9fe:a9fe', 'ipv4Compatible→linkLocal'],
    ['::127.0.0.1', 'ipv4Compatible→loopback'],
  ])('blocks %s (%s)', (address, range) => {
    expect(addressRange(address)).toBe(range);
    expect(isBlockedAddress(address)).toBe(true);
  });

  it.each(['8.8.8.8', '1.1.1.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('allows public unicast %s', (address) => {
    expect(isBlockedAddress(address)).toBe(false);
  });

  it('blocks what it cannot parse', () => {
    expect(isBlockedAddress('not-an-ip')).toBe(true);
  });
});

describe('guardedLookup', () => {
  it('fails localhost with BlockedAddressError', async () => {
    const error = await new Promise((resolve) => guardedLookup('localhost', {}, (err) => resolve(err)));
    expect(error).toBeInstanceOf(BlockedAddressError);
  });
});
