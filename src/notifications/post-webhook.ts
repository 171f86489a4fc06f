import { lookup as lookupDns } from 'node:dns';
import { request as requestHttp } from 'node:http';
import { request as requestHttps } from 'node:https';
import type { LookupFunction } from 'node:net';
import { isForbiddenAddress, refuseWebhookUrl, webhookHostOf } from '../lib/webhook-address.js';

export type TWebhookRequest = { headers: Record<string, string>; body: string; timeoutMs: number };
/** Name resolution (dns.lookup with `all: true`); tests pass their own to simulate rebinding names. */
export type TResolveHost = (
  hostname: string,
  callback: (error: Error | null, addresses: Array<{ address: string; family: number }>) => void,
) => void;

const resolveWithDns: TResolveHost = (hostname, callback) =>
  lookupDns(hostname, { all: true }, (error, addresses) => callback(error, addresses ?? []));

/**
 * Resolves the host once, refuses internal addresses (unless the host is allowed by the operator), and
 * hands the checked address to the connection itself, so a DNS rebinding between check and connect is
 * impossible. Redirects are never followed (a 3xx is a failed delivery).
 */
function pinnedLookup(host: string, allowed: boolean, resolve: TResolveHost): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, (error, list) => {
      if (error) return callback(error, '', 0);
      const refused = list.find((entry) => isForbiddenAddress(entry.address));
      const chosen = list[0];
      if (!chosen) return callback(new Error(`${host} has no address`), '', 0);
      if (refused && !allowed) {
        return callback(
          new Error(`webhook address not allowed: ${host} resolves to ${refused.address}`),
          '',
          0,
        );
      }
      if (options.all) return callback(null, [chosen] as never, 0);
      return callback(null, chosen.address, chosen.family);
    });
  };
}

/** POSTs a webhook body; resolves with the status code, rejects on a refused address or network error. */
export function postWebhook(
  rawUrl: string,
  input: TWebhookRequest,
  allowedHosts: readonly string[],
  resolveHost: TResolveHost = resolveWithDns,
): Promise<number> {
  const refusal = refuseWebhookUrl(rawUrl, allowedHosts);
  if (refusal) return Promise.reject(new Error(`webhook address not allowed: ${refusal}`));
  const url = new URL(rawUrl);
  const host = webhookHostOf(url);
  const send = url.protocol === 'https:' ? requestHttps : requestHttp;
  return new Promise((resolve, reject) => {
    const request = send(
      url,
      {
        method: 'POST',
        headers: { ...input.headers, 'content-length': String(Buffer.byteLength(input.body)) },
        lookup: pinnedLookup(host, allowedHosts.includes(host), resolveHost),
        timeout: input.timeoutMs,
      },
      (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', reject);
      },
    );
    request.on('timeout', () => request.destroy(new Error('timed out')));
    request.on('error', reject);
    request.end(input.body);
  });
}
