/**
 * The 会务组 (M13): groups with a leader, members and duties as a checklist; a brief one group passes to others
 * (提前将相关信息告知其他小组负责人) reaches their members as a notification and lands on their checklists as a duty.
 */
import { randomUUID } from 'node:crypto';
import { ROLE_LABELS, type BriefCreate, type GroupCreate, type GroupPatch, type Role } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import type { DbOrTx } from '../../../db/client.ts';
import type { DutyItem } from '../../../db/schema/index.ts';
import { errors } from '../../../lib/errors.ts';
import { audit } from '../../audit/index.ts';
import { notify, publish } from '../../notifications/index.ts';
import { refused } from '../events.shared.ts';
import { openEvent, openForChange } from '../event/event.access.ts';
import type { EventRow } from '../event/event.repository.ts';
import { getEvent } from '../event/event.service.ts';
import * as repo from './team.repository.ts';

const duty = (text: string, briefId: string | null = null): DutyItem => ({
  id: randomUUID().slice(0, 8),
  key: null,
  text,
  done: false,
  doneBy: null,
  doneByName: null,
  doneAt: null,
  briefId,
});

async function checkStaff(ctx: Ctx, e: EventRow, ids: string[]) {
  const staff = await repo.staffOf(ctx.db, e.propertyId, ids);
  if (ids.some((id) => !staff.has(id))) throw refused(ctx, 'event_member_unknown', 'memberIds');
}

/** Tells the newcomers they joined (in the write's transaction). */
async function welcome(tx: DbOrTx, e: EventRow, group: string, userIds: string[], leaderId: string | null) {
  for (const id of userIds)
    await notify(tx, {
      propertyId: e.propertyId,
      userIds: [id],
      kind: 'event.assigned',
      message: { key: 'event.assigned', params: { event: e.name, group, leader: id === leaderId, startsOn: e.startsOn } },
      link: `/events/${e.id}`,
    });
}

const live = (tx: DbOrTx, e: EventRow, topic: string) =>
  publish(tx, { type: 'event', topic, propertyId: e.propertyId, entity: { type: 'event', id: e.id } });

export async function createGroup(ctx: Ctx, eventId: string, input: GroupCreate) {
  const { event: e } = await openForChange(ctx, eventId, 'manage');
  const memberIds = [...new Set([...(input.memberIds ?? []), ...(input.leaderId ? [input.leaderId] : [])])];
  await checkStaff(ctx, e, memberIds);
  const sort = (await repo.groupsOf(ctx.db, eventId)).length;
  await ctx.db.transaction(async (tx) => {
    const g = await repo.insertGroup(tx, {
      eventId,
      propertyId: e.propertyId,
      code: `custom_${randomUUID().slice(0, 6)}`,
      name: input.name,
      leaderId: input.leaderId ?? null,
      duties: (input.duties ?? []).map((t) => duty(t)),
      sort,
      createdAt: ctx.now(),
    });
    if (!g) throw refused(ctx, 'event_group_exists', 'name');
    await repo.setMembers(tx, g.id, eventId, memberIds);
    await audit(tx, ctx, {
      action: 'event_group.created',
      entityType: 'event_group',
      entityId: g.id,
      propertyId: e.propertyId,
      before: null,
      after: { ...g, memberIds },
      meta: { eventId },
    });
    await welcome(tx, e, g.name, memberIds, g.leaderId);
    await live(tx, e, 'event.team');
  });
  return getEvent(ctx, eventId);
}

export async function patchGroup(ctx: Ctx, eventId: string, groupId: string, input: GroupPatch) {
  const { event: e } = await openForChange(ctx, eventId, 'manage');
  const g = await repo.findGroup(ctx.db, eventId, groupId);
  if (!g) throw errors.notFound('group');
  const before = new Set((await repo.membersOf(ctx.db, eventId)).filter((m) => m.groupId === groupId).map((m) => m.userId));
  const leaderId = input.leaderId === undefined ? g.leaderId : input.leaderId;
  const memberIds =
    input.memberIds || input.leaderId ? [...new Set([...(input.memberIds ?? before), ...(leaderId ? [leaderId] : [])])] : null;
  if (memberIds) await checkStaff(ctx, e, memberIds);
  const remove = new Set(input.removeDutyIds ?? []);
  const duties = [...g.duties.filter((d) => !remove.has(d.id)), ...(input.addDuties ?? []).map((t) => duty(t))];
  await ctx.db.transaction(async (tx) => {
    let row;
    try {
      row = await repo.updateGroup(tx, groupId, { name: input.name ?? g.name, leaderId, duties });
    } catch (err) {
      if ((err as { cause?: { code?: string } }).cause?.code === '23505') throw refused(ctx, 'event_group_exists', 'name');
      throw err;
    }
    if (memberIds) {
      await repo.setMembers(tx, groupId, eventId, memberIds);
      await welcome(
        tx,
        e,
        row.name,
        memberIds.filter((id) => !before.has(id)),
        leaderId,
      );
    }
    await audit(tx, ctx, {
      action: 'event_group.updated',
      entityType: 'event_group',
      entityId: groupId,
      propertyId: e.propertyId,
      before: { ...g, memberIds: [...before] },
      after: { ...row, memberIds: memberIds ?? [...before] },
      meta: { eventId },
    });
    await live(tx, e, 'event.team');
  });
  return getEvent(ctx, eventId);
}

export async function deleteGroup(ctx: Ctx, eventId: string, groupId: string) {
  const { event: e } = await openForChange(ctx, eventId, 'manage');
  const g = await repo.findGroup(ctx.db, eventId, groupId);
  if (!g) throw errors.notFound('group');
  if (g.duties.some((d) => !d.done && d.briefId)) throw refused(ctx, 'event_group_not_empty');
  await ctx.db.transaction(async (tx) => {
    await repo.deleteGroup(tx, groupId);
    await audit(tx, ctx, {
      action: 'event_group.deleted',
      entityType: 'event_group',
      entityId: groupId,
      propertyId: e.propertyId,
      before: g,
      after: null,
      meta: { eventId },
    });
    await live(tx, e, 'event.team');
  });
  return getEvent(ctx, eventId);
}

/** Ticks a duty (or takes the tick back): a member of that group or a manager of the event. */
export async function toggleDuty(ctx: Ctx, eventId: string, groupId: string, dutyId: string, done: boolean) {
  const { actor, event: e, access } = await openForChange(ctx, eventId, 'work');
  const g = await repo.findGroup(ctx.db, eventId, groupId);
  if (!g) throw errors.notFound('group');
  const mine =
    g.leaderId === actor.id || (await repo.membersOf(ctx.db, eventId)).some((m) => m.groupId === groupId && m.userId === actor.id);
  if (!mine && !access.manage) throw errors.forbidden();
  const d = g.duties.find((x) => x.id === dutyId);
  if (!d) throw errors.notFound('duty');
  const now = ctx.now().toISOString();
  const duties = g.duties.map((x) =>
    x.id === dutyId
      ? { ...x, done, doneBy: done ? actor.id : null, doneByName: done ? actor.displayName : null, doneAt: done ? now : null }
      : x,
  );
  await ctx.db.transaction(async (tx) => {
    await repo.updateGroup(tx, groupId, { duties });
    await audit(tx, ctx, {
      action: done ? 'event_duty.done' : 'event_duty.reopened',
      entityType: 'event_group',
      entityId: groupId,
      propertyId: e.propertyId,
      meta: { eventId, duty: d.text },
    });
    await live(tx, e, 'event.team');
  });
  return getEvent(ctx, eventId);
}

export async function listBriefs(ctx: Ctx, eventId: string) {
  await openEvent(ctx, eventId, 'work');
  return { data: await presentBriefs(ctx.db, eventId) };
}

async function presentBriefs(db: DbOrTx, eventId: string) {
  const groups = new Map((await repo.groupsOf(db, eventId)).map((g) => [g.id, g.name]));
  return (await repo.briefsOf(db, eventId)).map(({ b, createdByName }) => ({
    id: b.id,
    fromGroupId: b.fromGroupId,
    fromGroupName: groups.get(b.fromGroupId) ?? '',
    toGroupIds: b.toGroupIds,
    toGroupNames: b.toGroupIds.map((id) => groups.get(id) ?? ''),
    title: b.title,
    body: b.body,
    dueAt: b.dueAt?.toISOString() ?? null,
    createdByName,
    createdAt: b.createdAt.toISOString(),
  }));
}

/** A group passes information to others: a brief on record, a duty on each receiving group's list, a notification to its people. */
export async function createBrief(ctx: Ctx, eventId: string, input: BriefCreate) {
  const { actor, event: e } = await openForChange(ctx, eventId, 'work');
  const groups = await repo.groupsOf(ctx.db, eventId);
  const from = groups.find((g) => g.id === input.fromGroupId);
  if (!from) throw errors.notFound('group');
  if (input.toGroupIds.includes(from.id)) throw refused(ctx, 'event_brief_same_group', 'toGroupIds');
  const to = groups.filter((g) => input.toGroupIds.includes(g.id));
  if (to.length !== new Set(input.toGroupIds).size) throw errors.notFound('group');
  const members = await repo.membersOf(ctx.db, eventId);
  const now = ctx.now();
  const brief = await ctx.db.transaction(async (tx) => {
    const b = await repo.insertBrief(tx, {
      eventId,
      propertyId: e.propertyId,
      fromGroupId: from.id,
      toGroupIds: to.map((g) => g.id),
      title: input.title,
      body: input.body ?? null,
      dueAt: input.dueAt ? new Date(input.dueAt) : null,
      createdBy: actor.id,
      createdAt: now,
    });
    for (const g of [...to].sort((a, b) => a.id.localeCompare(b.id))) await repo.appendDuties(tx, g.id, [duty(input.title, b.id)]);
    const people = new Set([
      ...members.filter((m) => b.toGroupIds.includes(m.groupId)).map((m) => m.userId),
      ...to.map((g) => g.leaderId).filter((x): x is string => !!x),
    ]);
    people.delete(actor.id);
    await notify(tx, {
      propertyId: e.propertyId,
      userIds: [...people],
      kind: 'event.brief',
      message: {
        key: 'event.brief',
        params: { event: e.name, fromGroup: from.name, subject: b.title, dueAt: b.dueAt?.toISOString() ?? null },
      },
      link: `/events/${e.id}`,
    });
    await audit(tx, ctx, {
      action: 'event_brief.created',
      entityType: 'event_brief',
      entityId: b.id,
      propertyId: e.propertyId,
      before: null,
      after: b,
      meta: { eventId },
    });
    await live(tx, e, 'event.team');
    return b;
  });
  return (await presentBriefs(ctx.db, eventId)).find((b) => b.id === brief.id)!;
}

/** The staff a manager of the event can put on its groups. */
export async function staffOptions(ctx: Ctx, eventId: string) {
  const { event: e } = await openEvent(ctx, eventId, 'manage');
  const rows = await repo.staffList(ctx.db, e.propertyId);
  const en = ctx.locale === 'en-US';
  return {
    data: rows.map((r) => ({
      userId: r.id,
      name: r.name,
      phone: r.phone,
      roleLabel: ROLE_LABELS[r.role as Role]?.[en ? 'en' : 'zh'] ?? null,
    })),
  };
}
