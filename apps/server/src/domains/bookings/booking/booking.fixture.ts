/**
 * Test world shared by the bookings feature suites (expiry, series, closures, board, feeds, bureau
 * report): one property with five venues (two rooms, the C-class hall with its linked VIP room, a
 * room in a second building), a second organization, and a session per role.
 */
import { and, eq, like } from 'drizzle-orm';
import type { Role } from '@hy/contracts';
import { createTestApp, makeProperty, ok, uniq, type TestClock, type Session } from '../../../test/helpers.ts';
import { bookings, buildings, jobs, notifications, venueLinks } from '../../../db/schema/index.ts';
import { juneAt, makeOrganization, makeVenue, roster } from '../../../test/builders.ts';

/** Monday 2026-06-01 09:00 in Shanghai. */
export const START = '2026-06-01T09:00:00+08:00';
/** The suites' `at('04', '14:00')`: a time in the test week. */
export const at = juneAt;
export const iso = (s: string) => new Date(s).toISOString();
export const application = { applicantUnit: '市发改委', purpose: '全市经济工作会议' };

export async function bookingsWorld(clock: TestClock) {
  const t = await createTestApp({ clock });
  const fx = await makeProperty(t.app);
  const db = t.database.db;
  const v: Record<'room' | 'room2' | 'hall' | 'vip' | 'east', string> = {} as never;
  const team = roster<'dispatcher' | 'assistant' | 'organizer' | 'organizer2' | 'bureau' | 'staff' | 'tenant'>();
  team.on(t.app, fx.propertyId);
  const { s, ids } = team;
  const otherOrgId = await makeOrganization(db, fx.propertyId, '市财政局');
  v.room = await makeVenue(db, fx, { name: '第一座谈室', equipment: [{ code: 'projector', qty: 1 }] });
  v.room2 = await makeVenue(db, fx, { name: '第二座谈室' });
  v.vip = await makeVenue(db, fx, { name: '贵宾室', venueType: 'vip_room', seats: 12, layouts: [], defaultLayout: null });
  v.hall = await makeVenue(db, fx, {
    name: '203人会议厅',
    venueType: 'theatre_hall',
    venueClass: 'C',
    seats: 203,
    defaultLayout: 'theatre',
    layouts: [{ layout: 'theatre', capacity: 203, setupMinutes: 60, cleanupMinutes: 30 }],
    equipment: [
      { code: 'projector', qty: 2 },
      { code: 'video', qty: 1 },
    ],
  });
  await db.insert(venueLinks).values({ venueId: v.hall, linkedVenueId: v.vip });
  const [b2] = await db.insert(buildings).values({ propertyId: fx.propertyId, code: 'DL', name: '东楼' }).returning();
  const secondBuildingId = b2!.id;
  v.east = await makeVenue(db, fx, {
    name: '东楼会议室',
    buildingId: secondBuildingId,
    venueClass: 'B',
    seats: 80,
    layouts: [],
    defaultLayout: null,
  });
  /** A member with an e-mail address of its own. */
  const mailed = (role: Role, organizationId: string | null = null) => ({
    roles: [role],
    organizationId,
    email: `${uniq('m')}@example.cn`,
  });
  await team.members({
    dispatcher: mailed('dispatcher'),
    assistant: mailed('cs_assistant'),
    organizer: mailed('organizer', fx.organizationId),
    organizer2: mailed('organizer', otherOrgId),
    bureau: mailed('bureau_approver'),
    staff: mailed('meeting_staff'),
    tenant: mailed('tenant'),
  });

  const body = (over: Record<string, unknown> = {}) => ({
    propertyId: fx.propertyId,
    venueId: v.room,
    startAt: at('02', '09:00'),
    endAt: at('02', '10:00'),
    attendeeCount: 12,
    topic: '周例会',
    organizationId: fx.organizationId,
    contactName: '李明',
    contactPhone: '0755-28304101',
    ...over,
  });
  const book = async (over: Record<string, unknown> = {}, who: Session = s.dispatcher) =>
    ok(await who.post('/api/v1/bookings', body(over)), 201);
  const bell = async (userId: string, kind: string, key: string, value: string) =>
    (
      await t.database.db
        .select()
        .from(notifications)
        .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)))
    ).filter((n) => n.data?.[key] === value);
  const jobsOf = async (prefix: string) =>
    t.database.db
      .select()
      .from(jobs)
      .where(like(jobs.uniqueKey, `${prefix}%`))
      .orderBy(jobs.id);
  const row = async (id: string) => (await t.database.db.select().from(bookings).where(eq(bookings.id, id)))[0]!;
  const runJobs = async (rows: { id: number }[]) => t.app.jobs.runDue(20, { ids: rows.map((r) => r.id) });
  return { t, fx, otherOrgId, secondBuildingId, v, s, ids, body, book, bell, jobsOf, row, runJobs };
}
export type BookingsWorld = Awaited<ReturnType<typeof bookingsWorld>>;
