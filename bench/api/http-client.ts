import http from 'node:http';

export type THttpResult = { status: number; body: string; ms: number };

/**
 * A minimal keep-alive HTTP/1.1 client for loopback benches (node:http, one socket per concurrent
 * client, no per-request connection setup): cheaper on the client side than fetch, which matters
 * when client, server and PostgreSQL share two cores.
 */
export function createHttpClient(port: number, token: string, sockets: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: sockets, maxFreeSockets: sockets });
  const request = (method: 'GET' | 'POST', path: string, body?: unknown): Promise<THttpResult> =>
    new Promise((resolve, reject) => {
      const payload = body === undefined ? undefined : JSON.stringify(body);
      const began = performance.now();
      const req = http.request(
        {
          host: '127.0.0.1',
          port,
          method,
          path,
          agent,
          headers: {
            authorization: `Bearer ${token}`,
            ...(payload === undefined
              ? {}
              : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
          },
        },
        (res) => {
          const chunks: Buffer[] = [];
          res.on('data', (chunk: Buffer) => chunks.push(chunk));
          res.on('end', () =>
            resolve({
              status: res.statusCode ?? 0,
              body: Buffer.concat(chunks).toString('utf8'),
              ms: performance.now() - began,
            }),
          );
          res.on('error', reject);
        },
      );
      req.on('error', reject);
      req.end(payload);
    });
  return { request, close: () => agent.destroy() };
}

export type THttpClient = ReturnType<typeof createHttpClient>;
