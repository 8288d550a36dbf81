/**
 * Guest rooms (T6): the status board by floor, rooms added by the desk, manual status changes (an occupied room
 * changes only by check-out; out of order needs its reason and tells engineering), and the daily 房态核对表:
 * drawn from the rooms' status, each room confirmed on the attendant's round and signed once a day; lines that
 * differ are flagged, and a room found out of order is set so and reported for repair in the same transaction.
 */
import type { CheckLine, CheckSheetSign, RoomCreate, RoomQuery, RoomStatusChange } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, can, memberProperties, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { audit } from '../../audit/index.ts';
import { notify } from '../../notifications/index.ts';
import { localDay, refused, timeZoneOf } from '../guest-rooms.shared.ts';
import * as repo from './rooms.repository.ts';
import { draftLines, presentCheck, presentRoom } from './rooms.presenter.ts';
import { countByStatus, foundOutOfOrder, isDiscrepancy, statusChangeRefusal } from './rooms.rules.ts';

/** Tells engineering a guest room is out of order (inside the caller's transaction). */
export async function reportOutOfOrder(tx: DbOrTx, room: { propertyId: string; building: string; number: string }, reason: string) {
  await notify(tx, {
    propertyId: room.propertyId,
    roles: ['engineer'],
    kind: 'guestrooms.out_of_order',
    message: { key: 'guestrooms.out_of_order', params: { room: `${room.building} ${room.number}`, reason } },
    link: '/guest-rooms',
    severity: 'warning',
  });
}

export async function listRooms(ctx: Ctx, q: RoomQuery) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'guestrooms.read');
  const rows = await repo.board(ctx.db, q.propertyId, q.building);
  return { data: rows.map(presentRoom), counts: countByStatus(rows), policies: { manage: can(actor, q.propertyId, 'guestrooms.manage') } };
}

async function loadRoom(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const r = await repo.findRoom(ctx.db, id);
  if (!r || !memberProperties(actor).includes(r.propertyId) || !can(actor, r.propertyId, 'guestrooms.read')) throw errors.notFound('room');
  return { actor, r };
}

export async function getRoom(ctx: Ctx, id: string) {
  const { r } = await loadRoom(ctx, id);
  const row = (await repo.board(ctx.db, r.propertyId, r.building)).find((x) => x.id === id)!;
  return presentRoom(row);
}

export async function createRoom(ctx: Ctx, input: RoomCreate) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'guestrooms.manage');
  const id = await ctx.db.transaction(async (tx) => {
    const r = await repo.insertRoom(tx, { ...input, status: 'vacant_clean', statusChangedAt: ctx.now(), createdAt: ctx.now() });
    if (!r) throw refused(ctx, 'room_number_taken', 'number');
    await audit(tx, ctx, {
      action: 'guest_room.created',
      entityType: 'guest_room',
      entityId: r.id,
      propertyId: r.propertyId,
      before: null,
      after: r,
    });
    return r.id;
  });
  return getRoom(ctx, id);
}

export async function changeStatus(ctx: Ctx, id: string, input: RoomStatusChange) {
  const { actor, r } = await loadRoom(ctx, id);
  authorize(actor, r.propertyId, 'guestrooms.manage');
  const why = statusChangeRefusal(r.status, input.status, input.reason);
  if (why) throw refused(ctx, why, why === 'room_reason_required' ? 'reason' : undefined);
  await ctx.db.transaction(async (tx) => {
    const u = await repo.moveRoom(tx, id, [r.status], input.status, input.reason ?? null, ctx.now());
    if (!u) throw refused(ctx, 'room_occupied');
    if (input.status === 'out_of_order') await reportOutOfOrder(tx, u, input.reason!);
    await audit(tx, ctx, {
      action: 'guest_room.status_changed',
      entityType: 'guest_room',
      entityId: id,
      propertyId: r.propertyId,
      before: r,
      after: u,
    });
  });
  return getRoom(ctx, id);
}

/** The 房态核对表 of a day: the signed sheet, or today's draft from the rooms' status. */
export async function checkSheet(ctx: Ctx, q: { propertyId: string; day?: string }) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'guestrooms.read');
  const tz = await timeZoneOf(ctx.db, q.propertyId);
  const day = q.day ?? localDay(ctx.now(), tz);
  const c = await repo.findCheck(ctx.db, q.propertyId, day);
  const draft = c ? [] : draftLines(await repo.board(ctx.db, q.propertyId));
  const sign = can(actor, q.propertyId, 'guestrooms.manage') && day <= localDay(ctx.now(), tz);
  return { sheet: presentCheck(q.propertyId, day, c, draft, sign), tz };
}

export async function listSheets(ctx: Ctx, propertyId: string) {
  authorize(requireActor(ctx), propertyId, 'guestrooms.read');
  const rows = await repo.listChecks(ctx.db, propertyId);
  return { data: rows.map((r) => ({ ...r, signedAt: r.signedAt.toISOString() })) };
}

/** Signs the day's sheet: every room confirmed as found; discrepancies flagged; rooms found out of order set so and reported. */
export async function signSheet(ctx: Ctx, input: CheckSheetSign) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'guestrooms.manage');
  const tz = await timeZoneOf(ctx.db, input.propertyId);
  if (input.day > localDay(ctx.now(), tz)) throw refused(ctx, 'check_sheet_future', 'day');
  const rooms = await repo.board(ctx.db, input.propertyId);
  const byId = new Map(rooms.map((r) => [r.id, r]));
  if (input.lines.some((l) => !byId.has(l.roomId))) throw refused(ctx, 'check_sheet_room_unknown', 'lines');
  const seen = new Map(input.lines.map((l) => [l.roomId, l]));
  const lines: CheckLine[] = rooms
    .filter((r) => seen.has(r.id))
    .map((r) => {
      const l = seen.get(r.id)!;
      return {
        roomId: r.id,
        building: r.building,
        floor: r.floor,
        number: r.number,
        roomType: r.roomType,
        recorded: r.status,
        observed: l.observed,
        note: l.note ?? null,
        discrepancy: isDiscrepancy(r.status, l.observed),
      };
    });
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const c = await repo.insertCheck(tx, {
      propertyId: input.propertyId,
      day: input.day,
      lines,
      discrepancies: lines.filter((l) => l.discrepancy).length,
      signedBy: actor.id,
      signedByName: actor.displayName,
      signedAt: now,
    });
    if (!c) throw refused(ctx, 'check_sheet_signed');
    for (const l of lines.filter((x) => foundOutOfOrder(x.recorded, x.observed))) {
      const reason = l.note ?? '房态核对发现故障';
      const u = await repo.moveRoom(tx, l.roomId, [l.recorded], 'out_of_order', reason, now);
      if (u) await reportOutOfOrder(tx, u, reason);
    }
    await audit(tx, ctx, {
      action: 'guest_room_check.signed',
      entityType: 'guest_room_check',
      entityId: c.id,
      propertyId: input.propertyId,
      before: null,
      after: c,
    });
  });
  return (await checkSheet(ctx, { propertyId: input.propertyId, day: input.day })).sheet;
}
