/**
 * Test builders shared by the server suites: local times, venues, and a roster of signed-in users
 * by key. The app, database and users themselves come from helpers.ts.
 */
import type { FastifyInstance } from 'fastify';
import type { Role } from '@hy/contracts';
import type { Db } from '../db/client.ts';
import { and, count, eq, sql } from 'drizzle-orm';
import { auditEvents, buildings, notifications, organizations, venues, type users as userTable } from '../db/schema/index.ts';
import {
  createTestApp,
  login,
  makeProperty,
  makeUser,
  ok,
  uniq,
  type Fixture,
  type Session,
  type TestClock,
  type TestUser,
} from './helpers.ts';

/** An app (on `opts`' clock, else the real one) with two properties: `fx`, and `other` ('另一个项目') for cross-property checks. */
export async function twoProperties(opts: Parameters<typeof createTestApp>[0] = {}) {
  const t = await createTestApp(opts);
  return { t, fx: await makeProperty(t.app), other: await makeProperty(t.app, '另一个项目') };
}

/** A local time in Shanghai ('2026-10-09T09:00') as an instant. */
export const at = (local: string) => new Date(`${local}+08:00`);
/** A time in the test week of the meetings and bookings suites (Monday 2026-06-01 …), '04', '14:00' → ISO with +08:00. */
export const juneAt = (day: string, hhmm: string) => `2026-06-${day}T${hhmm}:00+08:00`;

type VenueRow = typeof venues.$inferInsert;

/** A further organization of a property (a unique name from `prefix`); its id. */
export async function makeOrganization(db: Db, propertyId: string, prefix = '他单位'): Promise<string> {
  const [row] = await db
    .insert(organizations)
    .values({ propertyId, name: uniq(prefix) })
    .returning();
  return row!.id;
}

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

/** A roster member: its role or roles on the roster's property, or roles with user columns and `on`, the properties granted. */
export type Member = Role | Role[] | ({ roles: Role[]; on?: string[] } & Partial<typeof userTable.$inferInsert>);

/**
 * Users by key, each with roles on the roster's property (or those its member names) and, unless `signIn: false`,
 * a session: `s.dispatcher`, `ids.dispatcher`, `users.dispatcher`. Bind it in before() with
 * `on(t.app, fx.propertyId)`, then `members({ key: role(s) or member, … })`, made in that order.
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
    async members(spec: Partial<Record<K, Member>>) {
      for (const [key, m] of Object.entries(spec) as [K, Member][]) {
        const { roles, on = [defaultProperty], ...extra } = typeof m === 'string' ? { roles: [m] } : Array.isArray(m) ? { roles: m } : m;
        const u = await makeUser(
          bound(),
          on.map((propertyId) => ({ propertyId, roles })),
          extra,
        );
        users[key] = u;
        ids[key] = u.id;
        if (opts.signIn !== false) s[key] = await login(bound(), u);
      }
    },
    /** Sessions expire when the test clock jumps days ahead: sign everyone in again. */
    async relogin() {
      for (const key of Object.keys(users) as K[]) s[key] = await login(bound(), users[key]);
    },
  };
}

export type Roster<K extends string> = ReturnType<typeof roster<K>>;

/** An app on `clock` with one property (`fx`), the roster bound to it. */
export async function propertyFor<K extends string>(team: Roster<K>, clock: TestClock) {
  const t = await createTestApp({ clock });
  const fx = await makeProperty(t.app);
  team.on(t.app, fx.propertyId);
  return { t, fx };
}

/** The booking of the big meeting in the conference hall: Thursday 2026-06-04 14:00–17:00, 600 attendees, microphones ×6, recording. */
export const bigMeeting = (fx: Pick<Fixture, 'propertyId' | 'organizationId'>, hall: string, over: Record<string, unknown> = {}) => ({
  propertyId: fx.propertyId,
  venueId: hall,
  startAt: juneAt('04', '14:00'),
  endAt: juneAt('04', '17:00'),
  attendeeCount: 600,
  topic: '全市经济工作会议',
  organizationId: fx.organizationId,
  contactName: '张晓东',
  contactPhone: '0755-28301102',
  importance: 'important',
  application: { applicantUnit: '市发改委', purpose: '全市经济工作会议' },
  services: [{ code: 'microphones', qty: 6 }, { code: 'recording' }],
  ...over,
});

/** The meetings desk and its service departments, one user each: the roster keys the meetings suites share. */
export const MEETING_DEPARTMENTS = {
  dispatcher: 'dispatcher',
  staff: 'meeting_staff',
  av: 'av_tech',
  security: 'security',
  cleaner: 'cleaner',
  admin: 'admin',
} as const satisfies Record<string, Role>;
/** Roster members: an organizer of the fixture's organization and one of another organization. */
export const organizers = (organizationId: string, otherOrganizationId: string) => ({
  organizer: { roles: ['organizer'] as Role[], organizationId },
  otherOrganizer: { roles: ['organizer'] as Role[], organizationId: otherOrganizationId },
});

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

/** An .xlsx reply's workbook. */
export async function workbook(payload: Buffer) {
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(payload as unknown as ArrayBuffer);
  return wb;
}
/** The sheet names of an .xlsx reply, in order. */
export const sheetNames = async (payload: Buffer) => (await workbook(payload)).worksheets.map((w) => w.name);

/** The meetings suites' price list: venue classes C and A by duration band, two priced items. */
export const MEETING_PRICES = {
  venue: [
    {
      venueClass: 'C',
      bands: [
        { upToHours: 4, fen: 800_000 },
        { upToHours: 8, fen: 1_500_000 },
      ],
      extraHourFen: 200_000,
    },
    {
      venueClass: 'A',
      bands: [
        { upToHours: 4, fen: 60_000 },
        { upToHours: 8, fen: 100_000 },
      ],
      extraHourFen: 15_000,
    },
  ],
  items: [
    { code: 'water.bottled', name: '瓶装水', unit: '瓶', fen: 300, kind: 'consumable' },
    { code: 'tech.battery', name: '话筒电池', unit: '节', fen: 550, kind: 'technical' },
  ],
};

export type MeetingsWho =
  'dispatcher' | 'bureau' | 'assistant' | 'organizer' | 'otherOrganizer' | 'staff' | 'staff2' | 'av' | 'cleaner' | 'admin' | 'security';

/**
 * The world of the meetings sub-feature suites (fees, staffing, materials, after, attendees): one property
 * with the conference building's hall and a small room, a second organization, and a signed-in user per role.
 * `meeting(over)` books (approved when needed) and opens the service notice: by default the big meeting in the
 * hall on Thursday 2026-06-04 14:00–17:00 (microphones ×6, recording); `confidentialMeeting()` is the
 * confidential meeting in the small room on Wednesday 10:00–12:00.
 */
export async function meetingsWorld(clock: TestClock) {
  const team = roster<MeetingsWho>();
  const { t, fx } = await propertyFor(team, clock);
  const db = t.database.db;
  const v = await makeMeetingVenues(db, fx);
  const otherOrganization = await makeOrganization(db, fx.propertyId);
  await team.members({
    ...MEETING_DEPARTMENTS,
    ...organizers(fx.organizationId, otherOrganization),
    bureau: 'bureau_approver',
    assistant: 'cs_assistant',
    staff2: 'meeting_staff',
  });
  const { s } = team;

  async function meeting(over: Record<string, unknown> = {}) {
    let b = ok(await s.dispatcher.post('/api/v1/bookings', bigMeeting(fx, v.hall, over)), 201);
    if (b.status === 'requested') b = ok(await s.bureau.post(`/api/v1/bookings/${b.id}/approve`, {}));
    const res = await s.dispatcher.post('/api/v1/service-notices', { bookingId: b.id });
    return (res.statusCode === 201 ? res.json() : ok(res)).id as string;
  }
  const confidentialMeeting = () =>
    meeting({
      venueId: v.room,
      startAt: juneAt('03', '10:00'),
      endAt: juneAt('03', '12:00'),
      attendeeCount: 20,
      topic: '内部协调会',
      confidentiality: 'confidential',
      application: undefined,
    });
  const auditOf = (entityId: string, action: string) =>
    db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.entityId, entityId), eq(auditEvents.action, action)));
  const notesOf = (userId: string, kind: string) =>
    db
      .select()
      .from(notifications)
      .where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));
  /** The tasks of one department on a service notice. */
  const tasksOf = async (noticeId: string, department: string) =>
    ok(await s.assistant.get(`/api/v1/service-notices/${noticeId}`)).departments.find((d: any) => d.department === department).tasks as {
      id: string;
      dueAt: string;
    }[];
  /** Sets the meetings' price list (as the admin). */
  const setPrices = async () => ok(await s.admin.put(`/api/v1/meeting-price-lists/${fx.propertyId}`, MEETING_PRICES));
  return { t, fx, v, s, ids: team.ids, relogin: team.relogin, meeting, confidentialMeeting, auditOf, notesOf, tasksOf, setPrices };
}
export type MeetingsWorld = Awaited<ReturnType<typeof meetingsWorld>>;

/** The meetings world with both service notices open: the big meeting's in the hall and the confidential meeting's in the room. */
export async function meetingsWorldWithNotices(clock: TestClock) {
  const w = await meetingsWorld(clock);
  const hallNotice = await w.meeting();
  const roomNotice = await w.confidentialMeeting();
  return { ...w, hallNotice, roomNotice };
}
export type MeetingsWorldWithNotices = Awaited<ReturnType<typeof meetingsWorldWithNotices>>;
