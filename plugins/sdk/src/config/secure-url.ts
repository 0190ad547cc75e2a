import { isIP } from 'node:net';
import { isBlockedAddress } from '../http/address.guard.js';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Platform webhook URLs carry credentials, so they must be https; plain http is allowed only to this
 * machine, where local fakes and development receivers listen.
 */
export function isHttpsOrLoopback(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
}

/**
 * For URLs that carry a credential (a bot token in the path, a routing key in the body): https, or http only
 * to this machine or a private-network address literal (a self-hosted API or a fake in tests), which the
 * SSRF guard reaches only with ALLOW_PRIVATE_NETWORKS=true. A public host over http is a config error.
 */
export function isHttpsOrPrivateHost(url: URL): boolean {
  if (url.protocol === 'https:') return true;
  if (url.protocol !== 'http:') return false;
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  return isIP(host) !== 0 && isBlockedAddress(host);
}
