/**
 * Issue 9 — never a 500 for input. Reads the OpenAPI document from the app and sends every operation
 * (path × method) malformed bodies, query strings and path parameters — NUL and other control
 * characters, over-long strings, wrong types, arrays for objects, huge numbers, bad ids and bad
 * percent-encoding, invalid JSON, wrong content types — as a signed-in staff user (with the CSRF
 * token) and unauthenticated. Fails on any 5xx, and on any 4xx that is not application/problem+json
 * with a `code`.
 *
 *   node --import tsx --test apps/server/src/test/fuzz.routes.test.ts                 fixed cases (fast)
 *   FUZZ_ROUNDS=50 FUZZ_SEED=7 node --import tsx --test apps/server/src/test/fuzz.routes.test.ts
 *                                                                                    + 50 random rounds
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { LightMyRequestResponse } from 'fastify';
import { STAFF_ROLES } from '@hy/contracts';
import { createTestApp, makeProperty, type TestApp, type Fixture, type Session, signedIn } from './helpers.ts';

const ROUNDS = Number(process.env.FUZZ_ROUNDS ?? 0);
const SEED = Number(process.env.FUZZ_SEED ?? Date.now() % 100_000);
/** Fuzz traffic comes from its own address, so the login limit does not lock the test's own sign-ins. */
const FUZZ_ADDRESS = '10.77.0.1';
/** Operations that never end by design (Server-Sent Events) are only sent requests that must fail early. */
const STREAMS = new Set(['GET /api/v1/notifications/stream']);

type Schema = {
  type?: string;
  format?: string;
  enum?: unknown[];
  nullable?: boolean;
  default?: unknown;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: boolean | Schema;
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
};
interface Param {
  name: string;
  in: 'path' | 'query' | 'header' | 'cookie';
  schema?: Schema;
  required?: boolean;
}
interface Operation {
  method: string;
  path: string;
  params: Param[];
  body?: Schema;
}
interface Attempt {
  label: string;
  url: string;
  payload?: string;
  contentType?: string;
}

let t: TestApp;
let fx: Fixture;
let staff: Session;
let ops: Operation[] = [];

before(async () => {
  t = await createTestApp();
  fx = await makeProperty(t.app);
  staff = await signedIn(t.app, fx.propertyId, [...STAFF_ROLES]);
  const doc = t.app.swagger() as unknown as {
    paths: Record<string, Record<string, { parameters?: Param[]; requestBody?: { content?: Record<string, { schema?: Schema }> } }>>;
  };
  ops = Object.entries(doc.paths).flatMap(([path, byMethod]) =>
    Object.entries(byMethod).map(([method, op]) => ({
      method: method.toUpperCase(),
      path,
      params: op.parameters ?? [],
      body: op.requestBody?.content?.['application/json']?.schema,
    })),
  );
});
after(async () => t?.close());

// ---------- a plausible value for a schema, then ways to break it ----------

/** Values that match the API's text patterns (times, months, quarters, ISO weeks, codes, phones, feed tokens). */
const PATTERNED = ['09:00', '2026-12-01', '2026-12', '2026Q4', '2026-W49', '13800000000', 'abc_1', `${'a'.repeat(24)}.ics`];

function pick(s: Schema[] | undefined): Schema | undefined {
  return s?.find((x) => x.type !== 'null') ?? s?.[0];
}

function sample(s: Schema | undefined, name = '', depth = 0): unknown {
  if (!s || depth > 6) return 'x';
  if (s.allOf) return Object.assign({}, ...s.allOf.map((x) => sample(x, name, depth + 1)));
  if (s.anyOf || s.oneOf) return sample(pick(s.anyOf ?? s.oneOf), name, depth + 1);
  if (s.enum) return s.enum[0];
  if (s.default !== undefined) return s.default;
  switch (s.type) {
    case 'string':
      if (s.format === 'uuid') return /property/i.test(name) ? fx.propertyId : randomUUID();
      if (s.format === 'date-time') return '2026-12-01T09:00:00+08:00';
      if (s.format === 'date') return '2026-12-01';
      if (s.format === 'email') return 'a@example.com';
      if (/url|photo/i.test(name)) return 'https://example.com/p.jpg';
      if (s.pattern) return PATTERNED.find((v) => new RegExp(s.pattern!).test(v)) ?? 'x';
      if (/timezone/i.test(name)) return 'Asia/Shanghai';
      if (/date/i.test(name)) return '2026-12-01';
      if (/time|hhmm|start|end/i.test(name)) return '09:00';
      return 'x'.repeat(Math.max(1, s.minLength ?? 1));
    case 'integer':
    case 'number':
      return Math.max(s.minimum ?? 1, Math.min(s.maximum ?? 1, 1));
    case 'boolean':
      return true;
    case 'array':
      return Array.from({ length: Math.max(1, s.minItems ?? 1) }, () => sample(s.items, name, depth + 1));
    case 'object':
    case undefined: {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(s.properties ?? {})) out[k] = sample(v, k, depth + 1);
      return out;
    }
    default:
      return null;
  }
}

/** Replaces every leaf of `v` for which `f` gives a value. */
function mapLeaves(v: unknown, f: (leaf: unknown) => unknown): unknown {
  if (Array.isArray(v)) return v.map((x) => mapLeaves(x, f));
  if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, mapLeaves(x, f)]));
  const r = f(v);
  return r === undefined ? v : r;
}

const NASTY_STRINGS = [
  'a\u0000b',
  '\u0001\u0007\u001b\u001f',
  'x'.repeat(10_000),
  '\ud800',
  '',
  ' ',
  '%00',
  '../../etc/passwd',
  "'; drop table users; --",
  '测试'.repeat(3000),
  'javascript:alert(1)',
  '1e400',
  '-1',
  'null',
  '9'.repeat(40),
];
const NASTY_NUMBERS = [1e308, -1e308, 2 ** 63, -(2 ** 63), 0.5, -1, 0, Number.MAX_SAFE_INTEGER + 2];
const NASTY_ANY: unknown[] = [
  null,
  true,
  {},
  [],
  [[]],
  { a: {} },
  '',
  123,
  'x',
  ...NASTY_STRINGS.slice(0, 4),
  ...NASTY_NUMBERS.slice(0, 3),
];

/** Bodies for an operation; `deep` keeps the ones whose answer depends on who asks (the rest fail at parsing). */
function bodyAttempts(op: Operation, url: string, deep: boolean): Attempt[] {
  const json = (label: string, v: unknown): Attempt => ({ label, url, payload: JSON.stringify(v), contentType: 'application/json' });
  const raw = (label: string, payload: string, contentType = 'application/json'): Attempt => ({ label, url, payload, contentType });
  if (op.method === 'GET' || op.method === 'HEAD') return [{ label: 'plausible request', url }];
  const base = sample(op.body ?? { type: 'object' });
  const shaped = [
    json('plausible body', base),
    json(
      'NUL in every string',
      mapLeaves(base, (x) => (typeof x === 'string' ? `${x}\u0000` : undefined)),
    ),
    json(
      'C0 controls in every string',
      mapLeaves(base, (x) => (typeof x === 'string' ? `\u0001${x}\u001f` : undefined)),
    ),
    json(
      'over-long strings',
      mapLeaves(base, (x) => (typeof x === 'string' ? 'ü'.repeat(20_000) : undefined)),
    ),
    json(
      'wrong types',
      mapLeaves(base, (x) =>
        typeof x === 'string' ? 12345 : typeof x === 'number' ? '12' : typeof x === 'boolean' ? 'yes' : x === null ? {} : undefined,
      ),
    ),
    raw('huge numbers', JSON.stringify(mapLeaves(base, (x) => (typeof x === 'number' ? 1e300 : undefined))).replace(/1e\+300/g, '1e400')),
    json('array for the object', [base]),
  ];
  if (deep) return shaped;
  return [
    ...shaped,
    raw('invalid JSON', '{"a":'),
    raw('prototype key', '{"__proto__":{"admin":true}}'),
    raw('deep nesting', '['.repeat(3000) + ']'.repeat(3000)),
    raw('wrong content type', 'a=1&b=2', 'application/x-www-form-urlencoded'),
    raw('plain text', 'hello', 'text/plain'),
  ];
}

function buildUrl(op: Operation, pathValues: Record<string, string>, query: string): string {
  const p = op.path.replace(/\{(\w+)\}/g, (_, k: string) => pathValues[k] ?? 'x');
  return query ? `${p}?${query}` : p;
}

function plausiblePath(op: Operation): Record<string, string> {
  return Object.fromEntries(
    op.params.filter((p) => p.in === 'path').map((p) => [p.name, encodeURIComponent(String(sample(p.schema, p.name)))]),
  );
}

function plausibleQuery(op: Operation): string {
  return op.params
    .filter((p) => p.in === 'query' && p.required)
    .map((p) => `${p.name}=${encodeURIComponent(String(sample(p.schema, p.name)))}`)
    .join('&');
}

const BAD_PATH = ['not-a-uuid', '%00', '%zz', '%E0%A4%A', 'a'.repeat(150), '..%2F..%2Fx', '%F0%9F%98%80', '-1', '99999999999999999999'];
const BAD_QUERY = ['%00', 'a%01b', '%zz', 'x'.repeat(5000), '1e400', '-99999999999999999999', 'not-a-uuid', '[]', 'true'];
let rotation = 0;

/** Bad path and query parameters: all of them (wide) or one per parameter, rotating through the list (deep). */
function paramAttempts(op: Operation, deep: boolean): Attempt[] {
  const out: Attempt[] = [];
  const path = plausiblePath(op);
  const query = plausibleQuery(op);
  const some = (list: string[]) => (deep ? [list[rotation++ % list.length]!] : list);
  for (const p of op.params.filter((x) => x.in === 'path')) {
    for (const bad of some(BAD_PATH))
      out.push({ label: `path ${p.name}=${bad.slice(0, 20)}`, url: buildUrl(op, { ...path, [p.name]: bad }, query) });
  }
  for (const p of op.params.filter((x) => x.in === 'query')) {
    const others = query.split('&').filter((kv) => kv && !kv.startsWith(`${p.name}=`));
    for (const bad of some(BAD_QUERY))
      out.push({ label: `query ${p.name}=${bad.slice(0, 20)}`, url: buildUrl(op, path, [...others, `${p.name}=${bad}`].join('&')) });
    if (!deep) out.push({ label: `query ${p.name} twice`, url: buildUrl(op, path, [...others, `${p.name}=1`, `${p.name}=2`].join('&')) });
  }
  out.push({ label: 'unknown query parameter with NUL', url: buildUrl(op, path, [query, 'zzz=%00'].filter(Boolean).join('&')) });
  return out;
}

// ---------- random rounds (FUZZ_ROUNDS) ----------

function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let r = Math.imul(a ^ (a >>> 15), 1 | a);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

/** encodeURIComponent, except that a lone surrogate (which it refuses) becomes its raw, invalid UTF-8 bytes. */
function enc(v: string): string {
  try {
    return encodeURIComponent(v);
  } catch {
    return v.replace(/[^\ud800-\udfff]/g, (c) => encodeURIComponent(c)).replace(/[\ud800-\udfff]/g, '%ED%A0%80');
  }
}

function randomAttempts(op: Operation, rnd: () => number): Attempt[] {
  const any = () => NASTY_ANY[Math.floor(rnd() * NASTY_ANY.length)];
  const str = () => NASTY_STRINGS[Math.floor(rnd() * NASTY_STRINGS.length)]!;
  const num = () => NASTY_NUMBERS[Math.floor(rnd() * NASTY_NUMBERS.length)]!;
  const mutate = (leaf: unknown) => {
    const r = rnd();
    if (r < 0.6) return undefined;
    if (r < 0.75) return typeof leaf === 'number' ? num() : str();
    return any();
  };
  const path = Object.fromEntries(Object.entries(plausiblePath(op)).map(([k, v]) => [k, rnd() < 0.3 ? enc(str()).slice(0, 300) : v]));
  const query = op.params
    .filter((p) => p.in === 'query' && (p.required || rnd() < 0.5))
    .map((p) => `${p.name}=${enc(String(rnd() < 0.5 ? sample(p.schema, p.name) : str())).slice(0, 6000)}`)
    .join('&');
  const url = buildUrl(op, path, query);
  const body = mapLeaves(sample(op.body ?? { type: 'object' }), mutate);
  return [{ label: `random (seed ${SEED})`, url, payload: JSON.stringify(body), contentType: 'application/json' }];
}

// ---------- sending and judging ----------

interface Finding {
  who: string;
  op: string;
  label: string;
  status: number;
  contentType: string;
  body: string;
}

async function send(op: Operation, a: Attempt, session: Session | null): Promise<LightMyRequestResponse | null> {
  const headers: Record<string, string> = {};
  if (session) Object.assign(headers, { cookie: session.cookie, 'x-csrf-token': session.csrf });
  const withBody = a.payload !== undefined && op.method !== 'GET' && op.method !== 'HEAD';
  if (withBody && a.contentType) headers['content-type'] = a.contentType;
  const res = t.app.inject({
    method: op.method as 'GET',
    url: a.url,
    headers,
    remoteAddress: FUZZ_ADDRESS,
    ...(withBody ? { payload: a.payload } : {}),
  });
  // A request that opened an event stream (or hangs) would never answer: give up after a while.
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<null>((resolve) => {
    timer = setTimeout(() => resolve(null), 15_000);
  });
  return Promise.race([res, late]).finally(() => clearTimeout(timer));
}

function judge(res: LightMyRequestResponse | null): string | null {
  if (!res) return 'no answer within 15 s';
  if (res.statusCode >= 500) return 'server error';
  if (res.statusCode < 400) return null;
  const type = String(res.headers['content-type'] ?? '');
  if (!type.startsWith('application/problem+json')) return 'not problem+json';
  try {
    const body = res.json() as { code?: unknown };
    return typeof body.code === 'string' && body.code ? null : 'no code';
  } catch {
    return 'body is not JSON';
  }
}

async function fuzz(who: string, session: Session | null, attemptsOf: (op: Operation) => Attempt[]) {
  const findings: (Finding & { why: string })[] = [];
  let sent = 0;
  for (const op of ops) {
    const key = `${op.method} ${op.path}`;
    for (const a of attemptsOf(op)) {
      // An event stream that accepts the request never ends: only send it what must fail before it opens.
      if (STREAMS.has(key) && session && !a.url.includes('%00')) continue;
      // Signing out would end the session the rest of the run uses; anonymous runs cover the route.
      if (key === 'POST /api/v1/auth/logout' && session) continue;
      const res = await send(op, a, session);
      sent++;
      const why = judge(res);
      if (why)
        findings.push({
          why,
          who,
          op: key,
          label: a.label,
          status: res?.statusCode ?? 0,
          contentType: String(res?.headers['content-type']),
          body: res?.body.slice(0, 300) ?? '',
        });
    }
  }
  return { findings, sent };
}

function report(findings: (Finding & { why: string })[]) {
  return findings
    .slice(0, 25)
    .map((f) => `${f.why}: [${f.who}] ${f.op} — ${f.label} → ${f.status} ${f.contentType} ${f.body}`)
    .join('\n');
}

/** Wide: every bad value everywhere (cheap without a session). Deep: the ones that reach policies and services. */
const fixed = (deep: boolean) => (op: Operation) => {
  const url = buildUrl(op, plausiblePath(op), plausibleQuery(op));
  return [...bodyAttempts(op, url, deep), ...paramAttempts(op, deep)];
};

test('the OpenAPI document lists the operations to fuzz', () => {
  assert.ok(ops.length > 100, `only ${ops.length} operations`);
  assert.ok(ops.some((o) => o.method === 'POST' && o.path === '/api/v1/auth/login'));
});

test('every operation, unauthenticated: no 5xx; every 4xx is problem+json with a code', async () => {
  const { findings, sent } = await fuzz('anonymous', null, fixed(false));
  assert.ok(sent > ops.length * 10);
  assert.equal(findings.length, 0, `${findings.length} bad answers of ${sent}:\n${report(findings)}`);
});

test('every operation, signed-in staff with CSRF token: no 5xx; every 4xx is problem+json with a code', async () => {
  const { findings, sent } = await fuzz('staff', staff, fixed(true));
  assert.equal(findings.length, 0, `${findings.length} bad answers of ${sent}:\n${report(findings)}`);
});

test(`random rounds (FUZZ_ROUNDS=${ROUNDS}, FUZZ_SEED=${SEED})`, { skip: ROUNDS === 0 && 'set FUZZ_ROUNDS to run' }, async () => {
  const rnd = prng(SEED);
  const all: (Finding & { why: string })[] = [];
  let total = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const { findings, sent } = await fuzz(round % 4 === 3 ? 'anonymous' : 'staff', round % 4 === 3 ? null : staff, (op) =>
      randomAttempts(op, rnd),
    );
    all.push(...findings);
    total += sent;
  }
  assert.equal(all.length, 0, `${all.length} bad answers of ${total}:\n${report(all)}`);
});
