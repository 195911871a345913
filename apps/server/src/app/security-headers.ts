import type { FastifyInstance } from 'fastify';

/**
 * The strictest policy the console and privacy center work under: everything from this origin only, no inline
 * script or style, no framing (clickjacking), no plugins, forms post only here. Inline SVG (the enrolment QR code)
 * and data: images are allowed as images.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "font-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "object-src 'none'",
].join('; ');

// Two years, the value browsers' preload lists require.
const HSTS = 'max-age=63072000; includeSubDomains';

const COMMON_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
  'x-permitted-cross-domain-policies': 'none',
};

/**
 * Security headers on every response, errors and 404s included. HSTS only outside loopback: on a laptop the server
 * speaks plain HTTP, and HSTS on localhost would break every other local service in the browser for two years.
 * API answers are never cached (they carry personal data); static assets set their own caching.
 */
export function registerSecurityHeaders(app: FastifyInstance, options: { readonly hsts: boolean }): void {
  app.addHook('onSend', async (request, reply, payload) => {
    for (const [name, value] of Object.entries(COMMON_HEADERS)) {
      // The consent SDK's files (consent-sdk-files.ts) are embedded by the organisation's sites: the one widening.
      if (name === 'cross-origin-resource-policy' && reply.hasHeader(name)) continue;
      reply.header(name, value);
    }
    if (options.hsts) reply.header('strict-transport-security', HSTS);
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
}

/** Loopback hosts, where cookies cannot be Secure (no TLS) and HSTS must not be sent. */
export function isLoopbackHost(host: string): boolean {
  return host === 'localhost' || host === '::1' || host.startsWith('127.');
}
