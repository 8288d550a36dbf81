import './lib/dayjs-fast-tz.ts';
import Fastify, { type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import { existsSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { serializerCompiler, validatorCompiler, jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { Database } from './db/client.ts';
import type { Config } from './config.ts';
import type { Clock } from './lib/clock.ts';
import { registerErrorHandler, sendProblem, frameworkErrors } from './plugins/error-handler.ts';
import { registerSecurityHeaders } from './plugins/security-headers.ts';
import { registerInputGuard } from './plugins/input-guard.ts';
import { authPlugin } from './plugins/auth.ts';
import { registerDomainRoutes } from './domains/index.ts';
import { JobRunner } from './jobs/runner.ts';
import { registerJobHandlers } from './jobs/handlers.ts';
import { NotificationHub } from './domains/notifications/notifications.hub.ts';

declare module 'fastify' {
  interface FastifyInstance {
    database: Database;
    config: Config;
    clock: Clock;
    jobs: JobRunner;
    hub: NotificationHub;
    /** Set on SIGTERM (main.ts): /readyz answers 503 so a load balancer stops sending new requests. */
    draining: boolean;
  }
}

export interface BuildOptions {
  database: Database;
  config: Config;
  clock?: Clock;
  logger?: boolean | Record<string, unknown>;
}

/** A browser navigating asks for text/html first; fetches of scripts, images and data do not. */
const wantsHtml = (accept: string | undefined) => !!accept && /(^|,)\s*text\/html/i.test(accept);

export async function buildApp(opts: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    bodyLimit: 1024 * 1024,
    genReqId: (req) =>
      typeof req.headers['x-request-id'] === 'string' && req.headers['x-request-id'].length <= 64
        ? req.headers['x-request-id']
        : randomUUID(),
    // Only the configured proxies may set X-Forwarded-For (the login limit and audit addresses use req.ip).
    trustProxy: opts.config.trustProxy,
    routerOptions: { ignoreTrailingSlash: true },
    frameworkErrors,
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  const clock: Clock = opts.clock ?? { now: () => new Date() };
  app.decorate('database', opts.database);
  app.decorate('config', opts.config);
  app.decorate('clock', clock);
  app.decorate('hub', new NotificationHub(opts.database));
  app.decorate('draining', false);
  const runner = new JobRunner(opts.database, clock, app.log);
  registerJobHandlers(runner, app);
  app.decorate('jobs', runner);

  app.addHook('onSend', async (req, reply) => {
    reply.header('x-request-id', req.id);
  });

  registerErrorHandler(app);
  await registerSecurityHeaders(app);
  registerInputGuard(app);
  await app.register(cookie);
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: (_req, ctx) => Object.assign(new Error(`Rate limit exceeded, retry in ${ctx.after}`), { statusCode: 429 }),
  });
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: {
        title: '会务及客服服务管理系统 API',
        version: '1.0.0',
        description:
          'Meeting services and customer service for property management. Errors are application/problem+json with a stable `code`.',
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: 'hy_sid' },
          csrf: { type: 'apiKey', in: 'header', name: 'X-CSRF-Token' },
        },
      },
      security: [{ session: [], csrf: [] }],
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/v1/docs' });
  await app.register(authPlugin);

  app.get('/api/v1/openapi.json', { schema: { hide: true } }, async () => app.swagger());
  app.get('/healthz', { schema: { hide: true } }, async () => ({ status: 'ok' }));
  app.get('/readyz', { schema: { hide: true } }, async (req, reply) => {
    if (app.draining) return sendProblem(req, reply, 503, 'not_ready', 'shutting down');
    try {
      await opts.database.ping();
      return { status: 'ready', database: opts.database.kind };
    } catch {
      return sendProblem(req, reply, 503, 'not_ready');
    }
  });

  await app.register(registerDomainRoutes, { prefix: '/api/v1' });

  const dist = opts.config.webDist;
  const spa = !!dist && existsSync(dist);
  if (spa)
    await app.register(fastifyStatic, {
      root: dist,
      prefix: '/',
      wildcard: false,
      maxAge: '1h',
      // The service worker, its registration and the manifest must be re-read on every visit (updates).
      setHeaders: (res, file) => {
        if (/(?:^|[\\/])(sw\.js|registerSW\.js|manifest\.webmanifest|index\.html)$/.test(file)) res.setHeader('cache-control', 'no-cache');
      },
    });
  app.setNotFoundHandler((req, reply) => {
    // The SPA's client-side routes: a page the browser navigates to (it asks for HTML) gets index.html,
    // whatever its path looks like (a sign-in token may end in ".xyz"); a missing script or image stays 404.
    if (spa && req.method === 'GET' && !req.url.startsWith('/api/') && wantsHtml(req.headers.accept)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendProblem(req, reply, 404, 'route_not_found', `${req.method} ${req.url}`);
  });

  app.addHook('onClose', async () => {
    await runner.stop();
    await app.hub.close();
  });
  return app;
}
