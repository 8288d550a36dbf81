/**
 * Before and after the event (M13), part one: the host leader's inspection of the preparations (查漏补缺) — a checklist
 * recorded by a team member, each finding fixed by its responsible group — and the record of the event (minutes,
 * photos, audio, video) with confidentiality (every view of a confidential file audited) and the hand-over to the
 * organizer, who then sees exactly the handed-over items.
 */
import { randomUUID } from 'node:crypto';
import { INSPECTION_DEFAULT_LABELS, type InspectionItem, type InspectionRecord, type RecordCreate } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { errors } from '../../../lib/errors.ts';
import { audit } from '../../audit/index.ts';
import { notify, publish } from '../../notifications/index.ts';
import { attachFiles, fileBytes, fileRefs } from '../../files/index.ts';
import { effectiveSettings } from '../../places/index.ts';
import { refused } from '../events.shared.ts';
import { openEvent, openForChange } from '../event/event.access.ts';
import type { EventAccess } from '../event/event.policy.ts';
import type { EventRow } from '../event/event.repository.ts';
import { groupsOf, membersOf } from '../team/team.repository.ts';
import { inspectionDay, openFindings } from './wrapup.rules.ts';
import * as repo from './wrapup.repository.ts';
import { presentInspection, presentRecord } from './wrapup.presenter.ts';

const live = (tx: DbOrTx, e: EventRow, topic: string) =>
  publish(tx, { type: 'event', topic, propertyId: e.propertyId, entity: { type: 'event', id: e.id } });

/** Everyone of the event's team (members and group leaders). */
async function teamOf(db: DbOrTx, eventId: string) {
  const [groups, members] = await Promise.all([groupsOf(db, eventId), membersOf(db, eventId)]);
  const byGroup = new Map<string, Set<string>>(groups.map((g) => [g.id, new Set(g.leaderId ? [g.leaderId] : [])]));
  for (const m of members) byGroup.get(m.groupId)?.add(m.userId);
  const all = new Set([...byGroup.values()].flatMap((s) => [...s]));
  return { groups, byGroup, all: [...all] };
}

const defaultItems = (): InspectionItem[] =>
  Object.values(INSPECTION_DEFAULT_LABELS).map((label, i) => ({
    id: `d${i + 1}`,
    label,
    ok: null,
    note: null,
    photoIds: [],
    groupId: null,
    fixedAt: null,
    fixedBy: null,
    fixedByName: null,
  }));

/** The inspection as recorded, or as scheduled (the default checklist, version 0) before anyone records it. */
async function inspectionOf(db: DbOrTx, e: EventRow) {
  const row = await repo.findInspection(db, e.id);
  if (row) return row;
  const days = (await effectiveSettings(db, e.propertyId))['events.inspectionDaysBefore'] as number;
  return {
    eventId: e.id,
    propertyId: e.propertyId,
    scheduledOn: inspectionDay(e.startsOn, days),
    leaderName: null,
    leaderTitle: null,
    items: defaultItems(),
    inspectedAt: null,
    recordedBy: null,
    version: 0,
    createdAt: e.createdAt,
    updatedAt: e.createdAt,
  } satisfies repo.InspectionRow;
}

async function view(ctx: Ctx, e: EventRow, access: EventAccess, row: repo.InspectionRow) {
  const t = await teamOf(ctx.db, e.id);
  const names = await repo.userNames(ctx.db, [row.recordedBy]);
  const photos = await fileRefs(
    ctx.db,
    row.items.flatMap((i) => i.photoIds),
  );
  return presentInspection(row, {
    groups: new Map(t.groups.map((g) => [g.id, g.name])),
    mayFix: (groupId) => access.manage || (!!groupId && !!t.byGroup.get(groupId)?.has(ctx.actor!.id)),
    recordedByName: row.recordedBy ? (names.get(row.recordedBy) ?? null) : null,
    photos: new Map(photos.map((p) => [p.id, p])),
  });
}

export async function getInspection(ctx: Ctx, eventId: string) {
  const { event: e, access } = await openEvent(ctx, eventId, 'work');
  return view(ctx, e, access, await inspectionOf(ctx.db, e));
}

export async function recordInspection(ctx: Ctx, eventId: string, input: InspectionRecord) {
  const { event: e, access, actor } = await openForChange(ctx, eventId, 'work');
  const before = await inspectionOf(ctx.db, e);
  if (before.version !== input.version) throw refused(ctx, 'inspection_stale');
  const t = await teamOf(ctx.db, eventId);
  const groupIds = new Set(t.groups.map((g) => g.id));
  const prev = new Map(before.items.map((i) => [i.id, i]));
  const items: InspectionItem[] = input.items.map((i, k) => {
    if (i.groupId && !groupIds.has(i.groupId)) throw refused(ctx, 'inspection_group_unknown', `items.${k}.groupId`);
    const p = i.id ? prev.get(i.id) : undefined;
    const stillFixed = p && p.ok === false && i.ok === false && p.fixedAt;
    return {
      id: i.id ?? randomUUID().slice(0, 8),
      label: i.label,
      ok: i.ok,
      note: i.note ?? null,
      photoIds: i.photoIds,
      groupId: i.ok === false ? (i.groupId ?? null) : null,
      fixedAt: stillFixed ? p.fixedAt : null,
      fixedBy: stillFixed ? p.fixedBy : null,
      fixedByName: stillFixed ? p.fixedByName : null,
    };
  });
  const known = new Set(before.items.flatMap((i) => i.photoIds));
  const fresh = items.flatMap((i) => i.photoIds).filter((id) => !known.has(id));
  const now = ctx.now();
  const row = await ctx.db.transaction(async (tx) => {
    const patch = {
      leaderName: input.leaderName,
      leaderTitle: input.leaderTitle,
      items,
      inspectedAt: now,
      recordedBy: actor.id,
      updatedAt: now,
    };
    const row =
      before.version === 0
        ? await repo.insertInspection(tx, { eventId, propertyId: e.propertyId, scheduledOn: before.scheduledOn, ...patch, createdAt: now })
        : await repo.updateInspection(tx, eventId, input.version, patch);
    if (!row) throw refused(ctx, 'inspection_stale');
    if (fresh.length)
      await attachFiles(tx, ctx, {
        propertyId: e.propertyId,
        ids: fresh,
        entity: { type: 'event', id: eventId },
        kinds: ['photo'],
        field: 'items',
      });
    await audit(tx, ctx, {
      action: 'event_inspection.recorded',
      entityType: 'event_inspection',
      entityId: eventId,
      propertyId: e.propertyId,
      before: before.version ? before : null,
      after: row,
    });
    const open = openFindings(items);
    if (open > 0 && t.all.length)
      await notify(tx, {
        propertyId: e.propertyId,
        userIds: t.all,
        kind: 'event.inspection_findings',
        message: { key: 'event.inspection_findings', params: { event: e.name, open } },
        link: `/events/${eventId}?tab=wrapup`,
      });
    await live(tx, e, 'event.wrapup');
    return row;
  });
  return view(ctx, e, access, row);
}

/** The responsible group (or a manager) ticks a finding fixed. */
export async function fixFinding(ctx: Ctx, eventId: string, itemId: string) {
  const { event: e, access, actor } = await openForChange(ctx, eventId, 'work');
  const before = await repo.findInspection(ctx.db, eventId);
  if (!before) throw refused(ctx, 'inspection_not_found');
  const item = before.items.find((i) => i.id === itemId);
  if (!item) throw refused(ctx, 'inspection_not_found');
  if (item.ok !== false || item.fixedAt) throw refused(ctx, 'inspection_not_finding');
  const t = await teamOf(ctx.db, eventId);
  if (!access.manage && !(item.groupId && t.byGroup.get(item.groupId)?.has(actor.id))) throw refused(ctx, 'inspection_not_your_group');
  const now = ctx.now();
  const items = before.items.map((i) =>
    i.id === itemId ? { ...i, fixedAt: now.toISOString(), fixedBy: actor.id, fixedByName: actor.displayName } : i,
  );
  const row = await ctx.db.transaction(async (tx) => {
    const row = await repo.updateInspection(tx, eventId, before.version, { items, updatedAt: now });
    if (!row) throw refused(ctx, 'inspection_stale');
    await audit(tx, ctx, {
      action: 'event_inspection.fixed',
      entityType: 'event_inspection',
      entityId: eventId,
      propertyId: e.propertyId,
      before: { ...item },
      after: { ...items.find((i) => i.id === itemId)! },
    });
    await live(tx, e, 'event.wrapup');
    return row;
  });
  return view(ctx, e, access, row);
}

// ---------- the record ----------

/** Which record items the actor sees: the inner circle all; the organizer (not on the team) the handed-over; others the open ones. */
const sees = (access: EventAccess) => (r: repo.RecordRow) =>
  access.asOrganizer && !access.work ? !!r.handedOverAt : access.inner || !r.confidential;

export async function listRecord(ctx: Ctx, eventId: string) {
  const { access } = await openEvent(ctx, eventId);
  const rows = (await repo.recordItemsOf(ctx.db, eventId)).filter((x) => sees(access)(x.r));
  const files = new Map(
    (
      await fileRefs(
        ctx.db,
        rows.flatMap((x) => (x.r.fileId ? [x.r.fileId] : [])),
      )
    ).map((f) => [f.id, f]),
  );
  return { data: rows.map((x) => presentRecord(x.r, x.createdByName, x.r.fileId ? (files.get(x.r.fileId) ?? null) : null)) };
}

export async function addRecord(ctx: Ctx, eventId: string, input: RecordCreate) {
  const { event: e, actor } = await openEvent(ctx, eventId, 'work');
  await ctx.db.transaction(async (tx) => {
    const row = await repo.insertRecordItem(tx, {
      eventId,
      propertyId: e.propertyId,
      category: input.category,
      title: input.title,
      fileId: input.fileId ?? null,
      archiveRef: input.archiveRef ?? null,
      confidential: input.confidential ?? false,
      createdBy: actor.id,
      createdAt: ctx.now(),
    });
    if (row.fileId)
      await attachFiles(tx, ctx, {
        propertyId: e.propertyId,
        ids: [row.fileId],
        entity: { type: 'event_record', id: row.id },
        field: 'fileId',
      });
    await audit(tx, ctx, {
      action: 'event_record.added',
      entityType: 'event_record',
      entityId: row.id,
      propertyId: e.propertyId,
      before: null,
      after: row,
      meta: { eventId },
    });
    await live(tx, e, 'event.wrapup');
  });
  return listRecord(ctx, eventId);
}

export async function patchRecord(ctx: Ctx, eventId: string, itemId: string, confidential: boolean) {
  const { event: e } = await openEvent(ctx, eventId, 'work');
  const before = await repo.findRecordItem(ctx.db, eventId, itemId);
  if (!before) throw refused(ctx, 'record_not_found');
  await ctx.db.transaction(async (tx) => {
    const row = await repo.setConfidential(tx, itemId, confidential);
    await audit(tx, ctx, {
      action: 'event_record.updated',
      entityType: 'event_record',
      entityId: itemId,
      propertyId: e.propertyId,
      before,
      after: row,
      meta: { eventId },
    });
    await live(tx, e, 'event.wrapup');
  });
  return listRecord(ctx, eventId);
}

export async function handOver(ctx: Ctx, eventId: string, itemIds: string[]) {
  const { event: e, actor } = await openEvent(ctx, eventId, 'work');
  await ctx.db.transaction(async (tx) => {
    const rows = await repo.handOverItems(tx, eventId, [...new Set(itemIds)], actor.id, ctx.now());
    for (const r of rows)
      await audit(tx, ctx, {
        action: 'event_record.handed_over',
        entityType: 'event_record',
        entityId: r.id,
        propertyId: e.propertyId,
        before: null,
        after: r,
        meta: { eventId },
      });
    const organizers = e.organizationId ? await repo.organizerUsers(tx, e.propertyId, e.organizationId) : [];
    if (rows.length && organizers.length)
      await notify(tx, {
        propertyId: e.propertyId,
        userIds: organizers,
        kind: 'event.record_handed_over',
        message: { key: 'event.record_handed_over', params: { event: e.name, files: rows.length } },
        link: `/events/${eventId}?tab=wrapup`,
      });
    await live(tx, e, 'event.wrapup');
  });
  return listRecord(ctx, eventId);
}

/** The bytes of a record item's file for who may see it (404 otherwise); a confidential file's every view audited. */
export async function recordFile(ctx: Ctx, eventId: string, itemId: string, thumbnail: boolean) {
  const { event: e, access } = await openEvent(ctx, eventId);
  const item = await repo.findRecordItem(ctx.db, eventId, itemId);
  if (!item || !item.fileId || !sees(access)(item)) throw refused(ctx, 'record_not_found');
  const [ref] = await fileRefs(ctx.db, [item.fileId]);
  const bytes = await fileBytes(ctx.db, item.fileId, thumbnail ? 'thumbnail' : 'content');
  if (!ref || !bytes) throw errors.notFound('file');
  if (item.confidential)
    await ctx.db.transaction((tx) =>
      audit(tx, ctx, {
        action: thumbnail ? 'event_record.previewed' : 'event_record.viewed',
        entityType: 'event_record',
        entityId: item.id,
        propertyId: e.propertyId,
        meta: { eventId, fileId: item.fileId, confidential: true },
      }),
    );
  return { name: ref.name, mediaType: thumbnail ? 'image/jpeg' : ref.mediaType, bytes };
}
