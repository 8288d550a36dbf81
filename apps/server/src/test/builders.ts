/**
 * Test builders shared by the server suites: local times, venues, and a roster of signed-in users
 * by key. The app, database and users themselves come from helpers.ts.
 */
import type { FastifyInstance } from 'fastify';
import type { Role } from '@hy/contracts';
import type { Db } from '../db/client.ts';
import { and, count, eq, sql } from 'drizzle-orm';
import { buildings, notifications, venues, type users as userTable } from '../db/schema/index.ts';
import { login, makeUser, uniq, type Fixture, type Session, type TestUser } from './helpers.ts';

/** A local time in Shanghai ('2026-10-09T09:00') as an instant. */
export const at = (local: string) => new Date(`${local}+08:00`);
/** A time in the test week of the meetings and bookings suites (Monday 2026-06-01 …), '04', '14:00' → ISO with +08:00. */
export const juneAt = (day: string, hhmm: string) => `2026-06-${day}T${hhmm}:00+08:00`;

type VenueRow = typeof venues.$inferInsert;

/** A venue of the fixture's property: by default a 30-seat class A discussion room in its building. */
export async function makeVenue(db: Db, fx: Pick<Fixture, 'propertyId' | 'buildingId'>, over: Partial<VenueRow> = {}): Promise<string> {
  const [row] = await db
    .insert(venues)
    .values({
      propertyId: fx.propertyId,
      buildingId: fx.buildingId,
      code: uniq('V'),
      name: '座谈室',
      venueType: 'discussion_room',
      venueClass: 'A',
      seats: 30,
      layouts: [{ layout: 'discussion', capacity: 30, setupMinutes: 15, cleanupMinutes: 15 }],
      defaultLayout: 'discussion',
      ...over,
    })
    .returning();
  return row!.id;
}

/** The conference building's main hall (class C, 1200 seats, in a building of its own) and a small room (第一座谈室). */
export async function makeMeetingVenues(db: Db, fx: Fixture): Promise<{ hall: string; room: string }> {
  const [hyds] = await db
    .insert(buildings)
    .values({ propertyId: fx.propertyId, code: 'HYDS', name: '会议大厦', floorsAbove: 4 })
    .returning();
  const hall = await makeVenue(db, fx, {
    buildingId: hyds!.id,
    code: uniq('HY'),
    name: '会议大厦主会场',
    venueType: 'main_hall',
    venueClass: 'C',
    seats: 1200,
    minAttendees: 450,
    layouts: [{ layout: 'theatre', capacity: 1200, setupMinutes: 180, cleanupMinutes: 120 }],
    defaultLayout: 'theatre',
    openFrom: '07:00',
    openTo: '22:00',
  });
  const room = await makeVenue(db, fx, { name: '第一座谈室' });
  return { hall, room };
}

/**
 * Users by key, each with roles on one property and (unless `signIn: false`) a session: `s.dispatcher`,
 * `ids.dispatcher`. Bind it in before() with `on(t.app, fx.propertyId)`, then `user(key, roles, extra?, propertyId?)`.
 */
export function roster<K extends string>(opts: { signIn?: boolean } = {}) {
  let app: FastifyInstance | null = null;
  let defaultProperty = '';
  const s = {} as Record<K, Session>;
  const ids = {} as Record<K, string>;
  const users = {} as Record<K, TestUser>;
  const bound = () => {
    if (!app) throw new Error('roster: call on(app, propertyId) first');
    return app;
  };
  return {
    s,
    ids,
    users,
    on(a: FastifyInstance, propertyId: string) {
      app = a;
      defaultProperty = propertyId;
    },
    async user(key: K, roles: Role[], extra: Partial<typeof userTable.$inferInsert> = {}, propertyId = defaultProperty) {
      const u = await makeUser(bound(), [{ propertyId, roles }], extra);
      users[key] = u;
      ids[key] = u.id;
      if (opts.signIn !== false) s[key] = await login(bound(), u);
      return u;
    },
    /** Sessions expire when the test clock jumps days ahead: sign everyone in again. */
    async relogin() {
      for (const key of Object.keys(users) as K[]) s[key] = await login(bound(), users[key]);
    },
  };
}

/** How many notifications of `kind` a user has, optionally only those about one case or of one property. */
export async function notificationCount(db: Db, userId: string, kind: string, only: { caseId?: string; propertyId?: string } = {}) {
  const [r] = await db
    .select({ n: count() })
    .from(notifications)
    .where(
      and(
        eq(notifications.userId, userId),
        eq(notifications.kind, kind),
        only.caseId ? sql`${notifications.data}->>'caseId' = ${only.caseId}` : undefined,
        only.propertyId ? eq(notifications.propertyId, only.propertyId) : undefined,
      ),
    );
  return Number(r!.n);
}
