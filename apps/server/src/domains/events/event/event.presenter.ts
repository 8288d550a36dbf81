/** The JSON shape of an event and its groups (fields chosen one by one; default names in the reader's language). */
import { ROLE_LABELS, type EventDetail, type EventGroup, type EventSummary, type Role } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import type { DutyItem } from '../../../db/schema/index.ts';
import { DEFAULT_GROUPS } from './event.rules.ts';
import type { EventRow } from './event.repository.ts';
import type { EventAccess } from './event.policy.ts';
import { policiesOf } from './event.access.ts';
import type { GroupRow } from '../team/team.repository.ts';

const en = (ctx: Ctx) => ctx.locale === 'en-US';

export function presentSummary(e: EventRow, extra: { ownerName: string; registered: number; invited: number }): EventSummary {
  return {
    id: e.id,
    propertyId: e.propertyId,
    number: e.number,
    name: e.name,
    hostUnit: e.hostUnit,
    organizationId: e.organizationId,
    startsOn: e.startsOn,
    endsOn: e.endsOn,
    expectedCount: e.expectedCount,
    confidentiality: e.confidentiality,
    status: e.status,
    ownerName: extra.ownerName,
    registered: extra.registered,
    invited: extra.invited,
  };
}

/** A default group's or duty's words in the reader's language; anything typed by people as it was typed. */
function groupName(ctx: Ctx, g: GroupRow) {
  const d = DEFAULT_GROUPS.find((x) => x.code === g.code);
  return d && g.name === d.zh && en(ctx) ? d.en : g.name;
}
function dutyText(ctx: Ctx, d: DutyItem) {
  if (!d.key || !en(ctx)) return d.text;
  const [code, i] = d.key.split('.');
  const def = DEFAULT_GROUPS.find((x) => x.code === code)?.duties[Number(i)];
  return def && def.zh === d.text ? def.en : d.text;
}

export function presentGroup(
  ctx: Ctx,
  g: GroupRow,
  members: { groupId: string; userId: string; name: string; phone: string | null }[],
  names: Map<string, string>,
  roles: Map<string, string>,
): EventGroup {
  return {
    id: g.id,
    code: g.code,
    name: groupName(ctx, g),
    leaderId: g.leaderId,
    leaderName: g.leaderId ? (names.get(g.leaderId) ?? null) : null,
    members: members
      .filter((m) => m.groupId === g.id)
      .map((m) => {
        const role = roles.get(m.userId) as Role | undefined;
        return { userId: m.userId, name: m.name, phone: m.phone, roleLabel: role ? ROLE_LABELS[role][en(ctx) ? 'en' : 'zh'] : null };
      }),
    duties: g.duties.map((d) => ({
      id: d.id,
      text: dutyText(ctx, d),
      done: d.done,
      doneByName: d.doneByName,
      doneAt: d.doneAt,
      briefId: d.briefId,
    })),
    sort: g.sort,
  };
}

export function presentDetail(
  e: EventRow,
  extra: {
    ownerName: string;
    supervisorName: string | null;
    registered: number;
    invited: number;
    groups: EventGroup[];
    access: EventAccess;
  },
): EventDetail {
  return {
    ...presentSummary(e, extra),
    content: e.content,
    scope: e.scope,
    contactName: e.contactName,
    contactPhone: e.contactPhone,
    ownerId: e.ownerId,
    supervisorId: e.supervisorId,
    supervisorName: extra.supervisorName,
    mainSessionId: e.mainSessionId,
    version: e.version,
    createdAt: e.createdAt.toISOString(),
    groups: extra.groups,
    policies: policiesOf(extra.access),
  };
}
