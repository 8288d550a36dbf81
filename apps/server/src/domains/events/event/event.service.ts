/**
 * The event itself (M13): listed by what the actor may read, created with the three default groups of the rules
 * (文秘信息组, 后勤保障组, 车辆运输组 with their duties), edited with optimistic versions, moved through its statuses.
 */
import type { EventCreate, EventPatch } from '@hy/contracts';
import { can, requireActor, type Ctx } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { audit } from '../../audit/index.ts';
import { publish } from '../../notifications/index.ts';
import { refused, timeZoneOf } from '../events.shared.ts';
import * as repo from './event.repository.ts';
import { openEvent } from './event.access.ts';
import { canStep, datesProblem, DEFAULT_GROUPS, eventNumber } from './event.rules.ts';
import { presentDetail, presentGroup, presentSummary } from './event.presenter.ts';
import * as team from '../team/team.repository.ts';
import { randomUUID } from 'node:crypto';

export async function listEvents(ctx: Ctx, q: { propertyId: string; status?: string }) {
  const actor = requireActor(ctx);
  const pid = q.propertyId;
  const staff = can(actor, pid, 'events.read');
  const organizer = can(actor, pid, 'events.own') && actor.organizationId;
  let rows;
  if (staff) rows = await repo.listEvents(ctx.db, pid, { status: q.status });
  else if (organizer) rows = await repo.listEvents(ctx.db, pid, { organizationId: actor.organizationId!, status: q.status });
  else rows = await repo.listEvents(ctx.db, pid, { ids: await repo.memberEventIds(ctx.db, actor.id), status: q.status });
  return { data: rows.map((r) => presentSummary(r.e, r)) };
}

async function owner(ctx: Ctx, propertyId: string, ownerId: string) {
  const roles = await team.staffOf(ctx.db, propertyId, [ownerId]);
  const role = roles.get(ownerId);
  const ok = role && ['event_lead', 'project_manager', 'general_manager', 'cs_supervisor'].includes(role);
  if (!ok) throw refused(ctx, 'event_owner_not_lead', 'ownerId');
}

export async function createEvent(ctx: Ctx, input: EventCreate) {
  const actor = requireActor(ctx);
  if (!can(actor, input.propertyId, 'events.manage')) throw errors.forbidden();
  const problem = datesProblem(input.startsOn, input.endsOn);
  if (problem) throw refused(ctx, problem, 'endsOn');
  const ownerId = input.ownerId ?? actor.id;
  await owner(ctx, input.propertyId, ownerId);
  const now = ctx.now();
  const tz = await timeZoneOf(ctx.db, input.propertyId);
  const year = dayjs(now).tz(tz).format('YYYY');
  const detail = await ctx.db.transaction(async (tx) => {
    const e = await repo.insertEvent(tx, {
      propertyId: input.propertyId,
      number: eventNumber(year, await repo.nextEventSeq(tx, input.propertyId, year)),
      name: input.name,
      hostUnit: input.hostUnit,
      organizationId: input.organizationId ?? null,
      content: input.content ?? null,
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      scope: input.scope ?? null,
      expectedCount: input.expectedCount,
      confidentiality: input.confidentiality ?? 'public',
      ownerId,
      supervisorId: input.supervisorId ?? null,
      contactName: input.contactName ?? null,
      contactPhone: input.contactPhone ?? null,
      createdBy: actor.id,
      createdAt: now,
      updatedAt: now,
    });
    for (const [i, g] of DEFAULT_GROUPS.entries()) {
      await team.insertGroup(tx, {
        eventId: e.id,
        propertyId: e.propertyId,
        code: g.code,
        name: g.zh,
        sort: i,
        duties: g.duties.map((d, k) => ({
          id: randomUUID().slice(0, 8),
          key: `${g.code}.${k}`,
          text: d.zh,
          done: false,
          doneBy: null,
          doneByName: null,
          doneAt: null,
          briefId: null,
        })),
        createdAt: now,
      });
    }
    await audit(tx, ctx, {
      action: 'event.created',
      entityType: 'event',
      entityId: e.id,
      propertyId: e.propertyId,
      before: null,
      after: e,
    });
    await publish(tx, { type: 'event', topic: 'event.created', propertyId: e.propertyId, entity: { type: 'event', id: e.id } });
    return e;
  });
  return getEvent(ctx, detail.id);
}

export async function getEvent(ctx: Ctx, id: string) {
  const { event: e, access } = await openEvent(ctx, id);
  const [groups, members, counts] = await Promise.all([
    team.groupsOf(ctx.db, id),
    team.membersOf(ctx.db, id),
    repo.listEvents(ctx.db, e.propertyId, { ids: [id] }),
  ]);
  const ids = [...new Set([...members.map((m) => m.userId), ...groups.map((g) => g.leaderId).filter((x): x is string => !!x)])];
  const roles = await team.staffOf(ctx.db, e.propertyId, ids);
  const names = new Map(members.map((m) => [m.userId, m.name]));
  for (const g of groups) if (g.leaderId && !names.has(g.leaderId)) names.set(g.leaderId, (await repo.userName(ctx.db, g.leaderId)) ?? '');
  const c = counts[0]!;
  return presentDetail(e, {
    ownerName: c.ownerName,
    supervisorName: await repo.userName(ctx.db, e.supervisorId),
    registered: c.registered,
    invited: c.invited,
    groups: groups.map((g) => presentGroup(ctx, g, members, names, roles)),
    access,
  });
}

export async function patchEvent(ctx: Ctx, id: string, input: EventPatch) {
  const { event: e } = await openEvent(ctx, id, 'manage');
  if ((e.status === 'closed' || e.status === 'cancelled') && Object.keys(input).some((k) => k !== 'version'))
    throw refused(ctx, 'event_closed');
  if (input.status && !canStep(e.status, input.status))
    throw refused(ctx, 'event_status_step', 'status', { from: e.status, to: input.status });
  const startsOn = input.startsOn ?? e.startsOn;
  const endsOn = input.endsOn ?? e.endsOn;
  const problem = datesProblem(startsOn, endsOn);
  if (problem) throw refused(ctx, problem, 'endsOn');
  const { version, ...patch } = input;
  const row = await ctx.db.transaction(async (tx) => {
    const row = await repo.updateEvent(tx, id, version, { ...patch, updatedAt: ctx.now() });
    if (!row)
      throw errors.conflict(say(ctx, '会务已被他人修改，请刷新', 'The event was changed meanwhile; reload'), { version: e.version });
    await audit(tx, ctx, {
      action: input.status && input.status !== e.status ? `event.${input.status}` : 'event.updated',
      entityType: 'event',
      entityId: id,
      propertyId: e.propertyId,
      before: e,
      after: row,
    });
    await publish(tx, { type: 'event', topic: 'event.updated', propertyId: e.propertyId, entity: { type: 'event', id } });
    return row;
  });
  return getEvent(ctx, row.id);
}
