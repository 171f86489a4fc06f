import { BlockList, isIP } from 'node:net';

/** Addresses a webhook may never reach (SSRF): private, loopback, link-local/metadata, unspecified, multicast. */
const forbidden = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8],
  ['10.0.0.0', 8],
  ['100.64.0.0', 10],
  ['127.0.0.0', 8],
  ['169.254.0.0', 16],
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15],
  ['224.0.0.0', 4],
  ['240.0.0.0', 4],
] as const) {
  forbidden.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128],
  ['::1', 128],
  ['fc00::', 7],
  ['fe80::', 10],
  ['ff00::', 8],
  ['64:ff9b::', 96],
] as const) {
  forbidden.addSubnet(network, prefix, 'ipv6');
}

/** Whether `address` (an IP literal) is private, loopback, link-local, metadata or unspecified. */
export function isForbiddenAddress(address: string): boolean {
  const bare = address.replace(/^\[|\]$/g, '').toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(bare);
  if (mapped?.[1]) return isForbiddenAddress(mapped[1]);
  const family = isIP(bare);
  if (family === 4) return forbidden.check(bare, 'ipv4');
  if (family === 6) return forbidden.check(bare, 'ipv6');
  return false;
}

/** The URL's host as compared with AFTERCARE_WEBHOOK_ALLOWED_HOSTS (lowercase, IPv6 without brackets). */
export function webhookHostOf(url: URL): string {
  return url.hostname.replace(/^\[|\]$/g, '').toLowerCase();
}

/**
 * Why a webhook URL is refused before any DNS lookup, or null: only http(s); an IP literal must not be
 * internal, and `localhost` names never are allowed — unless the operator listed the host.
 */
export function refuseWebhookUrl(raw: string, allowedHosts: readonly string[]): string | null {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return 'not a valid URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'only http and https';
  if (url.username || url.password) return 'credentials in the URL are not allowed';
  const host = webhookHostOf(url);
  if (allowedHosts.includes(host)) return null;
  if (host === 'localhost' || host.endsWith('.localhost')) return 'internal host';
  if (isForbiddenAddress(host)) return 'private, loopback, link-local or metadata address';
  return null;
}
