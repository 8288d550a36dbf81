/**
 * Issue 9 — security headers on every response (the web app, the API, problems, files) through
 * @fastify/helmet. The Content-Security-Policy fits the built web app: scripts only from our own
 * origin (Vite emits no inline script), inline styles for antd's CSS-in-JS, data:/blob: images for
 * ECharts and icons, fetch and Server-Sent Events to our own origin, no framing.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyHelmet from '@fastify/helmet';
import helmet, { type HelmetOptions } from 'helmet';

export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'base-uri': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  // https: for the photo links staff paste into cases (shown as thumbnails); images cannot run script.
  'img-src': ["'self'", 'data:', 'blob:', 'https:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'"],
  'manifest-src': ["'self'"],
  'object-src': ["'none'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

export const HELMET_OPTIONS = {
  // useDefaults off: helmet's defaults add upgrade-insecure-requests, which breaks a plain-HTTP LAN install.
  contentSecurityPolicy: { useDefaults: false, directives: CONTENT_SECURITY_POLICY },
  xFrameOptions: { action: 'deny' },
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
  // Browsers ignore it over plain HTTP; no includeSubDomains, the product does not own its parent domain.
  strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: false },
  crossOriginEmbedderPolicy: false,
} satisfies HelmetOptions;

const applyHelmet = helmet(HELMET_OPTIONS);

/** For responses Fastify sends before any hook runs (bad URLs): the same headers. */
export function applySecurityHeaders(req: FastifyRequest, reply: FastifyReply) {
  applyHelmet(req.raw, reply.raw, () => {});
}

export async function registerSecurityHeaders(app: FastifyInstance) {
  await app.register(fastifyHelmet, { ...HELMET_OPTIONS, global: true });
}
