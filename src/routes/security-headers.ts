import type { TApiApp } from './api-types.js';

/** The API documentation page loads only its own scripts and styles (swagger-ui needs inline styles). */
export const docsContentSecurityPolicy = [
  "default-src 'self'",
  "base-uri 'self'",
  "script-src 'self'",
  "script-src-attr 'none'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'self'",
].join('; ');

/** `X-Content-Type-Options: nosniff` on every response (errors and 404s too); a CSP on /api/docs. */
export function registerSecurityHeaders(app: TApiApp): void {
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-content-type-options', 'nosniff');
    if (request.url === '/api/docs' || request.url.startsWith('/api/docs/')) {
      reply.header('content-security-policy', docsContentSecurityPolicy);
    }
  });
}

/**
 * Whether the session cookie gets the `Secure` flag: always when AFTERCARE_SECURE_COOKIES=true, and by
 * default whenever the request came over HTTPS — directly, or (with AFTERCARE_TRUST_PROXY) as the
 * proxy's X-Forwarded-Proto says.
 */
export function shouldUseSecureCookie(forced: boolean, protocol: string): boolean {
  return forced || protocol === 'https';
}
