/**
 * The world of the events suites: the meetings world (a property with the conference hall and a small room, a
 * signed-in user per role, bookings and notices as they are made today) plus the event's people — the 常务副总
 * (`lead`), the general manager (`gm`), the finance manager — and builders: `newEvent()` sets up a two-day
 * conference of the fixture's organization on Thursday–Friday 2026-06-04/05 through the API; `addGuests()` and
 * `addSession()` put rows in directly for suites that need them as given (their own suites test how they are made).
 */
import { randomBytes } from 'node:crypto';
import { eventGuests, eventSessions } from '../../db/schema/index.ts';
import { meetingsWorld, roster } from '../../test/builders.ts';
import { ok, type TestClock } from '../../test/helpers.ts';

export async function eventsWorld(clock: TestClock) {
  const w = await meetingsWorld(clock);
  const more = roster<'lead' | 'gm' | 'finance' | 'pm'>();
  more.on(w.t.app, w.fx.propertyId);
  await more.members({ lead: 'event_lead', gm: 'general_manager', finance: 'finance_manager', pm: 'project_manager' });
  const s = { ...w.s, ...more.s };
  const ids = { ...w.ids, ...more.ids };
  const db = w.t.database.db;

  /** The lead's request for a two-day conference (Thu 2026-06-04 – Fri 06-05) of the fixture's organization. */
  const newEventRaw = (over: Record<string, unknown> = {}) =>
    s.lead.post('/api/v1/events', {
      propertyId: w.fx.propertyId,
      name: '全市重大项目建设推进会',
      hostUnit: '市发展和改革委员会',
      organizationId: w.fx.organizationId,
      startsOn: '2026-06-04',
      endsOn: '2026-06-05',
      expectedCount: 120,
      supervisorId: ids.gm,
      ...over,
    });
  /** That conference set up; its detail (with groups and policies). */
  const newEvent = async (over: Record<string, unknown> = {}) => ok(await newEventRaw(over), 201);

  /** `n` guests put on the event's list directly (registered, both days, lunch and dinner, unless `over` says otherwise). */
  async function addGuests(eventId: string, n: number, over: Partial<typeof eventGuests.$inferInsert> = {}) {
    const rows = Array.from({ length: n }, (_, i) => ({
      eventId,
      propertyId: w.fx.propertyId,
      name: `嘉宾${String(i + 1).padStart(3, '0')}`,
      organization: i % 2 ? '广州市发展和改革委员会' : '福田区发展和改革局',
      phone: `1390000${String(i).padStart(4, '0')}`,
      inviteToken: randomBytes(16).toString('base64url'),
      rsvp: 'registered' as const,
      invitedAt: new Date('2026-05-20T02:00:00Z'),
      registeredAt: new Date('2026-05-22T02:00:00Z'),
      attendDays: ['2026-06-04', '2026-06-05'],
      meals: ['2026-06-04:lunch', '2026-06-04:dinner', '2026-06-05:lunch'],
      ...over,
    }));
    return db.insert(eventGuests).values(rows).returning();
  }

  /** A session put on the programme directly (no booking): by default the plenary, Thursday 09:00–12:00 in the hall. */
  async function addSession(eventId: string, over: Partial<typeof eventSessions.$inferInsert> = {}) {
    const [row] = await db
      .insert(eventSessions)
      .values({
        eventId,
        propertyId: w.fx.propertyId,
        kind: 'plenary',
        title: '全体大会',
        startsAt: new Date('2026-06-04T09:00:00+08:00'),
        endsAt: new Date('2026-06-04T12:00:00+08:00'),
        venueId: w.v.hall,
        ...over,
      })
      .returning();
    return row!;
  }

  return { ...w, s, ids, newEvent, newEventRaw, addGuests, addSession, relogin: async () => (await w.relogin(), await more.relogin()) };
}
export type EventsWorld = Awaited<ReturnType<typeof eventsWorld>>;
