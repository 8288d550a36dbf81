import fp from 'fastify-plugin';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Actor, Ctx } from '../lib/context.ts';
import { errors } from '../lib/errors.ts';
import { CSRF_HEADER, SESSION_COOKIE } from './require-auth.ts';
import { localeOf } from '../lib/locale.ts';
import { actorOf, findSessionWithUser, sessionIdOf, SESSION_TTL_HOURS, touchSession } from '../domains/identity/index.ts';

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
    sessionId: string | null;
    csrfToken: string | null;
    ctx(): Ctx;
  }
}

const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);
/** Routes that may be written to without a session's CSRF token (they create the session). */
const CSRF_EXEMPT = new Set(['/api/v1/auth/login']);
/** All that a session whose password must be changed may do (X1): see who it is, change it, leave. */
const WHILE_MUST_CHANGE = new Set(['GET /api/v1/auth/me', 'POST /api/v1/auth/password', 'POST /api/v1/auth/logout']);

/**
 * Reads the session cookie, loads the user and roles, and guards cookie-authenticated writes with
 * a per-session CSRF token (synchronizer token sent in X-CSRF-Token).
 */
export const authPlugin = fp(async (app: FastifyInstance) => {
  app.decorateRequest('actor', null);
  app.decorateRequest('sessionId', null);
  app.decorateRequest('csrfToken', null);
  app.decorateRequest('ctx', function (this: FastifyRequest) {
    return {
      db: app.database.db,
      actor: this.actor,
      requestId: this.id,
      ip: this.ip,
      locale: localeOf(this),
      production: app.config.production,
      now: app.clock.now,
    } satisfies Ctx;
  });

  app.addHook('onRequest', async (req: FastifyRequest, reply: FastifyReply) => {
    if (!req.url.startsWith('/api/')) return;
    const token = req.cookies[SESSION_COOKIE];
    let mustChange = false;
    if (token) {
      const id = sessionIdOf(token);
      const now = app.clock.now();
      const found = await findSessionWithUser(app.database.db, id, now);
      if (found && !found.user.disabled) {
        req.actor = actorOf(found.user, found.roles ?? []);
        req.sessionId = id;
        req.csrfToken = found.session.csrfToken;
        mustChange = found.user.mustChangePassword;
        // Sliding expiry, written at most once a minute per session.
        if (now.getTime() - found.session.lastSeenAt.getTime() > 60_000) {
          await touchSession(app.database.db, id, now, new Date(now.getTime() + SESSION_TTL_HOURS * 3600_000));
        }
      } else {
        reply.clearCookie(SESSION_COOKIE, { path: '/' });
      }
    }
    if (!SAFE.has(req.method) && req.sessionId && !CSRF_EXEMPT.has(req.routeOptions.url ?? '')) {
      if (req.headers[CSRF_HEADER] !== req.csrfToken) throw errors.of('csrf_failed');
    }
    if (mustChange && !WHILE_MUST_CHANGE.has(`${req.method} ${req.routeOptions.url ?? ''}`)) throw errors.of('password_change_required');
  });
});
