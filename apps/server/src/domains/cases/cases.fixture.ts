/**
 * The world of the cases suites: an app on a test clock (Friday 2026-10-09 09:00 in Shanghai unless told), one
 * property with unit 0301 of its organization (and a second property, '另一项目', when a member is on it), and a
 * signed-in user per key: `s.desk`, `ids.desk`, `users.desk`. Case bodies and small queries come bound to the property.
 */
import { and, eq } from 'drizzle-orm';
import type { Role } from '@hy/contracts';
import { caseEvents } from '../../db/schema/index.ts';
import { makeProperty, ok, TestClock, type Fixture, type Session } from '../../test/helpers.ts';
import { at, notificationCount, propertyFor, roster, type Member } from '../../test/builders.ts';

/** The front desk that logs and dispatches cases. */
export const DESK: Role[] = ['front_desk', 'dispatcher'];
/** The front desk that also keeps the service desk's records (knowledge base, reports, archive). */
export const DESK_ADMIN: Role[] = ['front_desk', 'affairs_admin'];

type UserColumns = Omit<Exclude<Member, Role | Role[]>, 'roles' | 'on'>;
/**
 * A user of the cases suites: roles on the property, or roles with user columns. `ofUnit` makes a tenant of unit
 * 0301 and its organization; `on: 'other'` grants the roles on the second property instead, `'both'` on both.
 */
export type CasesMember = Role[] | ({ roles: Role[]; ofUnit?: true; on?: 'other' | 'both' } & UserColumns);

/** A tenant of unit 0301 and its organization. */
export const UNIT_TENANT: CasesMember = { roles: ['tenant'], ofUnit: true };

/** The cases world with `members` (made in the order given; a `desk` always among them); `now` a Shanghai local time. */
export async function casesWorld<K extends string>(members: Record<K | 'desk', CasesMember>, opts: { now?: string } = {}) {
  const team = roster<K | 'desk'>();
  const { t, fx } = await propertyFor(team, new TestClock(at(opts.now ?? '2026-10-09T09:00')));
  const entries = Object.entries(members) as [K | 'desk', CasesMember][];
  const second = entries.some(([, m]) => !Array.isArray(m) && m.on) ? await makeProperty(t.app, '另一项目') : null;
  const grantsOn = (on: 'other' | 'both' | undefined) =>
    on === undefined ? [fx.propertyId] : on === 'other' ? [second!.propertyId] : [fx.propertyId, second!.propertyId];
  const spec = {} as Record<K | 'desk', Member>;
  for (const [key, m] of entries) {
    if (Array.isArray(m)) spec[key] = m;
    else {
      const { ofUnit, on, ...columns } = m;
      const unit = ofUnit ? { unitId: fx.unitId, organizationId: fx.organizationId } : {};
      spec[key] = { ...unit, ...columns, on: grantsOn(on) };
    }
  }
  await team.members(spec);
  const { s, ids, users } = team;
  const propertyId = fx.propertyId;

  /** A query string on the property. */
  const q = (o: Record<string, string>) => new URLSearchParams({ propertyId, ...o }).toString();
  /** 王女士's hotline complaint from unit 0301 about the meeting room's noisy air conditioning. */
  const complaint = (over: Record<string, unknown> = {}) => ({
    propertyId,
    kind: 'complaint',
    channel: 'hotline',
    contactName: '王女士',
    contactPhone: '0755-1234',
    unitId: fx.unitId,
    content: '会议室空调噪音大',
    ...over,
  });
  /** 李先生's hotline complaint about the corridor lighting, of no unit and no phone. */
  const corridorComplaint = (over: Record<string, unknown> = {}) =>
    complaint({ contactName: '李先生', contactPhone: undefined, unitId: undefined, content: '走廊照明不足', ...over });
  /** Logs a case (201) as the front desk or `who`, and returns it. */
  const openCase = async (body: Record<string, unknown>, who: Session = s.desk) => ok(await who.post('/api/v1/cases', body), 201);
  /** A phoned-in equipment repair of `subcategory`, logged by the front desk. */
  const repair = (subcategory: string) =>
    openCase({ propertyId, kind: 'repair', channel: 'phone', content: `${subcategory} 报修`, category: 'equipment', subcategory });
  /** How many notifications of `kind` a user has: about the case given, or else of the property. */
  const notes = (userId: string, kind: string, caseId?: string) =>
    notificationCount(t.database.db, userId, kind, caseId ? { caseId } : { propertyId });
  /** The timeline events of one kind on a case. */
  const eventsOf = (caseId: string, kind: string) =>
    t.database.db
      .select()
      .from(caseEvents)
      .where(and(eq(caseEvents.caseId, caseId), eq(caseEvents.kind, kind)));
  return {
    t,
    fx,
    /** The second property: only when a member is on it. */
    get other(): Fixture {
      if (!second) throw new Error('casesWorld: no member is on the other property');
      return second;
    },
    s,
    ids,
    users,
    q,
    complaint,
    corridorComplaint,
    openCase,
    repair,
    notes,
    eventsOf,
  };
}
export type CasesWorld<K extends string> = Awaited<ReturnType<typeof casesWorld<K>>>;
