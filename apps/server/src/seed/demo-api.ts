/**
 * The demo's hands: the real API called as a demo user (role code = username) at a simulated time. Steps
 * the API refuses are counted, not thrown (a generator that goes stale shows up in the log), so a demo
 * module can act like the people it imitates.
 */
import type { FastifyInstance } from 'fastify';
import { sessions } from '../db/schema/index.ts';
import type { Role } from '@hy/contracts';
import { DEMO_PASSWORD } from './demo-data.ts';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a demo step reads whatever the API answered
export type DemoResult = { ok: true; status: number; data: any } | { ok: false; status: number; body: string };

export interface DemoApi {
  /** Sets the simulated clock (never past the real now). */
  at(when: Date): void;
  now(): Date;
  call(role: Role, method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', url: string, body?: object): Promise<DemoResult>;
  /** Sends bytes as they are (an .xlsx workbook to an import route). */
  send(role: Role, url: string, bytes: Buffer, contentType: string): Promise<DemoResult>;
  /** Restores the real clock, ends the demo's sessions and logs what was refused. */
  finish(): Promise<void>;
}

/** Each demo module signs in from an address of its own, so many modules loading in a minute stay under the login rate limit. */
let modules = 0;

export function demoApi(app: FastifyInstance, label: string): DemoApi {
  modules++;
  const remoteAddress = `10.255.${Math.floor(modules / 250)}.${(modules % 250) + 2}`;
  const realNow = app.clock.now;
  let simNow = realNow();
  app.clock.now = () => new Date(simNow.getTime());
  const cookies = new Map<Role, { cookie: string; csrf: string }>();
  const failures = new Map<string, number>();
  const examples = new Map<string, string>();

  async function session(role: Role) {
    let s = cookies.get(role);
    if (!s) {
      // From an address of its own: the seeding sign-ins do not use up the login rate limit of localhost.
      const r = await app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        remoteAddress,
        payload: { username: role, password: DEMO_PASSWORD },
      });
      if (r.statusCode !== 200) throw new Error(`demo login ${role}: ${r.body}`);
      s = { cookie: r.cookies.map((c) => `${c.name}=${c.value}`).join('; '), csrf: r.json().csrfToken };
      cookies.set(role, s);
      // The seeding sessions live as long as the simulation needs (simulated time would expire them).
      const later = new Date(realNow().getTime() + 60 * 86_400_000);
      await app.database.db.update(sessions).set({ expiresAt: later, lastSeenAt: later });
    }
    return s;
  }

  /** What a step came to: a refusal is counted (and one example kept), never thrown. */
  function outcome(role: Role, method: string, url: string, r: Awaited<ReturnType<FastifyInstance['inject']>>): DemoResult {
    if (r.statusCode >= 300) {
      const key = `${role} ${method} ${url.replace(/[0-9a-f-]{36}/g, ':id').replace(/\?.*/, '')} ${r.statusCode}`;
      failures.set(key, (failures.get(key) ?? 0) + 1);
      if (!examples.has(key)) examples.set(key, r.body.slice(0, 300));
      return { ok: false, status: r.statusCode, body: r.body };
    }
    return { ok: true, status: r.statusCode, data: r.body ? r.json() : null };
  }

  return {
    at(when) {
      // The demo is history: a step planned later today (a menu on Friday, an order at 10:01) happens now at the
      // latest, so nothing is ever requested, audited or notified after the real time it loads at.
      simNow = when.getTime() > realNow().getTime() ? realNow() : when;
    },
    now: () => new Date(simNow.getTime()),
    async call(role, method, url, body) {
      const s = await session(role);
      return outcome(
        role,
        method,
        url,
        await app.inject({
          method,
          url: `/api/v1${url}`,
          headers: { cookie: s.cookie, 'x-csrf-token': s.csrf },
          ...(body ? { payload: body } : {}),
        }),
      );
    },
    async send(role, url, bytes, contentType) {
      const s = await session(role);
      const headers = { cookie: s.cookie, 'x-csrf-token': s.csrf, 'content-type': contentType };
      return outcome(role, 'POST', url, await app.inject({ method: 'POST', url: `/api/v1${url}`, headers, payload: bytes }));
    },
    async finish() {
      app.clock.now = realNow;
      for (const s of cookies.values())
        await app.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: { cookie: s.cookie, 'x-csrf-token': s.csrf } });
      if (failures.size)
        app.log.info({ failures: Object.fromEntries(failures), examples: Object.fromEntries(examples) }, `${label}: refused steps`);
    },
  };
}
