/**
 * Test support: a real app on a real database — PGlite in memory by default, the PostgreSQL server
 * when DATABASE_URL is set (CI runs the suite on both). Each test makes its own property and users
 * with unique names, so files can run in parallel against one shared server database.
 */
import { randomBytes } from 'node:crypto';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import type { Role } from '@hy/contracts';
import { openDatabase, type Database } from '../db/client.ts';
import { migrate } from '../db/migrate.ts';
import { buildApp } from '../app.ts';
import type { Clock } from '../lib/clock.ts';
import { loadConfig, type Config } from '../config.ts';
import { properties, buildings, floors, users, userRoles, organizations, units } from '../db/schema/index.ts';
import { hashPassword } from '../domains/identity/index.ts';
import { DEFAULT_PROPERTY_SETTINGS } from '../seed/bootstrap.ts';

export const TEST_PASSWORD = 'Test@2026pw';
let cachedHash: string | null = null;

export function uniq(prefix = 't') {
  return `${prefix}${randomBytes(4).toString('hex')}`;
}

/** A settable clock for tests that need "now" to move (deadlines, escalations). */
export class TestClock implements Clock {
  constructor(public current = new Date()) {}
  now = () => new Date(this.current.getTime());
  set(iso: string | Date) {
    this.current = new Date(iso);
  }
  advance(ms: number) {
    this.current = new Date(this.current.getTime() + ms);
  }
}

export async function openTestDatabase(dataDir = 'memory://'): Promise<Database> {
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir, poolSize: 20 });
  await migrate(database);
  return database;
}

export interface TestApp {
  app: FastifyInstance;
  database: Database;
  clock: TestClock;
  close(): Promise<void>;
}

export async function createTestApp(
  opts: { clock?: TestClock; database?: Database; production?: boolean; config?: Partial<Config> } = {},
): Promise<TestApp> {
  const database = opts.database ?? (await openTestDatabase());
  const clock = opts.clock ?? new TestClock();
  const config = { ...loadConfig({ NODE_ENV: opts.production ? 'production' : 'test' }), webDist: null, jobs: false, ...opts.config };
  const app = await buildApp({ database, config, clock });
  await app.ready();
  return {
    app,
    database,
    clock,
    close: async () => {
      await app.close();
      if (!opts.database) await database.close();
    },
  };
}

export interface Fixture {
  propertyId: string;
  buildingId: string;
  floorId: string;
  organizationId: string;
  unitId: string;
}

/** A property with one building, floor, organization and unit — unique per call. */
export async function makeProperty(app: FastifyInstance, name = '测试项目'): Promise<Fixture> {
  const db = app.database.db;
  const [p] = await db
    .insert(properties)
    .values({ code: uniq('P').toUpperCase(), name, settings: DEFAULT_PROPERTY_SETTINGS })
    .returning();
  const [b] = await db.insert(buildings).values({ propertyId: p!.id, code: 'ZL', name: '主楼', floorsAbove: 10 }).returning();
  const [f] = await db.insert(floors).values({ propertyId: p!.id, buildingId: b!.id, level: 3, label: '3F' }).returning();
  const [o] = await db
    .insert(organizations)
    .values({ propertyId: p!.id, name: uniq('单位') })
    .returning();
  const [u] = await db
    .insert(units)
    .values({ propertyId: p!.id, buildingId: b!.id, floorId: f!.id, code: '0301', households: 2, organizationId: o!.id })
    .returning();
  return { propertyId: p!.id, buildingId: b!.id, floorId: f!.id, organizationId: o!.id, unitId: u!.id };
}

export interface TestUser {
  id: string;
  username: string;
  password: string;
}

export async function makeUser(
  app: FastifyInstance,
  grants: { propertyId: string; roles: Role[] }[],
  extra: Partial<typeof users.$inferInsert> = {},
): Promise<TestUser> {
  cachedHash ??= await hashPassword(TEST_PASSWORD);
  const username = uniq('u');
  const [u] = await app.database.db
    .insert(users)
    .values({ username, displayName: `测试用户${username.slice(1, 5)}`, passwordHash: cachedHash, ...extra })
    .returning();
  const rows = grants.flatMap((g) => g.roles.map((role) => ({ userId: u!.id, propertyId: g.propertyId, role })));
  if (rows.length) await app.database.db.insert(userRoles).values(rows);
  return { id: u!.id, username, password: TEST_PASSWORD };
}

export interface Session {
  cookie: string;
  csrf: string;
  get(url: string, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  post(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  patch(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  put(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
  del(url: string, body?: unknown, headers?: Record<string, string>): Promise<LightMyRequestResponse>;
}

export async function login(app: FastifyInstance, user: { username: string; password: string }): Promise<Session> {
  const res = await app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: user.username, password: user.password },
  });
  if (res.statusCode !== 200) throw new Error(`login failed ${res.statusCode} ${res.body}`);
  const cookie = res.cookies.map((c) => `${c.name}=${c.value}`).join('; ');
  const csrf = res.json().csrfToken as string;
  const send =
    (method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE') =>
    (url: string, body?: unknown, headers: Record<string, string> = {}) =>
      app.inject({
        method,
        url,
        headers: { cookie, 'x-csrf-token': csrf, ...headers },
        ...(body !== undefined ? { payload: body as object } : {}),
      });
  return {
    cookie,
    csrf,
    get: (url, headers = {}) => app.inject({ method: 'GET', url, headers: { cookie, ...headers } }),
    post: send('POST'),
    patch: send('PATCH'),
    put: send('PUT'),
    del: send('DELETE'),
  };
}

/** A signed-in session of a new user who holds `roles` in one property. */
export async function signedIn(app: FastifyInstance, propertyId: string, roles: Role[], extra: Partial<typeof users.$inferInsert> = {}) {
  return login(app, await makeUser(app, [{ propertyId, roles }], extra));
}

/** Asserts a problem+json response and returns its body. */
export function problem(res: LightMyRequestResponse, status: number, code?: string) {
  if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
  if (!String(res.headers['content-type']).startsWith('application/problem+json'))
    throw new Error(`not problem+json: ${res.headers['content-type']}`);
  const body = res.json();
  if (code && body.code !== code) throw new Error(`expected code ${code}, got ${body.code}: ${res.body}`);
  return body as { code: string; title: string; detail?: string; fields?: { path: string; message: string }[]; [k: string]: unknown };
}

export function ok<T = any>(res: LightMyRequestResponse, status = 200): T {
  if (res.statusCode !== status) throw new Error(`expected ${status}, got ${res.statusCode}: ${res.body}`);
  return (res.body ? res.json() : undefined) as T;
}
