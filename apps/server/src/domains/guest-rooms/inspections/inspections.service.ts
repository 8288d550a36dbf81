/**
 * The vacated-room inspection (T6): a vacant-dirty room checked after check-out — damage, minibar and
 * consumables, items left behind and valuables into the left-items list to hand in to the front desk; once
 * cleaning is confirmed the room goes vacant clean (a damaged room is set out of order on the board instead).
 */
import type { InspectionCreate, LeftItem, RoomInspection } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, can, memberProperties, requireActor, type Actor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { audit } from '../../audit/index.ts';
import { refused } from '../guest-rooms.shared.ts';
import * as rooms from '../rooms/rooms.repository.ts';
import { lastCheckedOut } from '../stays/stays.repository.ts';
import * as repo from './inspections.repository.ts';

export const presentLeftItem = (l: repo.LeftItemRow): LeftItem => ({
  id: l.id,
  inspectionId: l.inspectionId,
  roomNumber: l.roomNumber,
  description: l.description,
  valuable: l.valuable,
  foundAt: l.foundAt.toISOString(),
  foundByName: l.foundByName,
  handedInAt: l.handedInAt?.toISOString() ?? null,
  handedToName: l.handedToName,
});

const present = (actor: Actor, i: repo.InspectionRow, items: repo.LeftItemRow[]): RoomInspection => ({
  id: i.id,
  propertyId: i.propertyId,
  roomId: i.roomId,
  roomNumber: i.roomNumber,
  stayId: i.stayId,
  hostUnit: i.hostUnit,
  inspectedAt: i.inspectedAt.toISOString(),
  inspectorName: i.inspectorName,
  damage: i.damage,
  consumables: i.consumables,
  remarks: i.remarks,
  leftItems: items.map(presentLeftItem),
  cleanedAt: i.cleanedAt?.toISOString() ?? null,
  cleanedByName: i.cleanedByName,
  policies: { confirmCleaned: !i.cleanedAt && can(actor, i.propertyId, 'guestrooms.manage') },
});

async function load(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const i = await repo.findInspection(ctx.db, id);
  if (!i || !memberProperties(actor).includes(i.propertyId) || !can(actor, i.propertyId, 'guestrooms.read'))
    throw errors.notFound('inspection');
  return { actor, i };
}

export async function getInspection(ctx: Ctx, id: string) {
  const { actor, i } = await load(ctx, id);
  return present(actor, i, await repo.leftItemsOf(ctx.db, [id]));
}

export async function listInspections(ctx: Ctx, propertyId: string) {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, 'guestrooms.read');
  const rows = await repo.listInspections(ctx.db, propertyId);
  const items = await repo.leftItemsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return {
    data: rows.map((r) =>
      present(
        actor,
        r,
        items.filter((x) => x.inspectionId === r.id),
      ),
    ),
  };
}

export async function inspect(
  ctx: Ctx,
  input: Omit<InspectionCreate, 'leftItems'> & { leftItems: { description: string; valuable: boolean }[] },
) {
  const actor = requireActor(ctx);
  const room = await rooms.findRoom(ctx.db, input.roomId);
  if (!room || !memberProperties(actor).includes(room.propertyId) || !can(actor, room.propertyId, 'guestrooms.read'))
    throw errors.notFound('room');
  authorize(actor, room.propertyId, 'guestrooms.manage');
  if (room.status !== 'vacant_dirty') throw refused(ctx, 'room_not_dirty', 'roomId');
  const last = await lastCheckedOut(ctx.db, room.id);
  const now = ctx.now();
  const id = await ctx.db.transaction(async (tx) => {
    const i = await repo.insertInspection(tx, {
      propertyId: room.propertyId,
      roomId: room.id,
      stayId: last?.stayId ?? null,
      inspectedAt: now,
      inspectorName: actor.displayName,
      damage: input.damage ?? null,
      consumables: input.consumables ?? null,
      remarks: input.remarks ?? null,
    });
    await repo.insertLeftItems(
      tx,
      input.leftItems.map((l) => ({
        propertyId: room.propertyId,
        inspectionId: i.id,
        roomNumber: room.number,
        description: l.description,
        valuable: l.valuable,
        foundAt: now,
        foundByName: actor.displayName,
      })),
    );
    await audit(tx, ctx, {
      action: 'guest_room.inspected',
      entityType: 'guest_room_inspection',
      entityId: i.id,
      propertyId: room.propertyId,
      before: null,
      after: { ...i, leftItems: input.leftItems },
    });
    return i.id;
  });
  return getInspection(ctx, id);
}

/** Cleaning confirmed: the inspection closed and the room vacant clean (409 room_not_dirty if it moved meanwhile). */
export async function confirmCleaned(ctx: Ctx, id: string) {
  const { actor, i } = await load(ctx, id);
  authorize(actor, i.propertyId, 'guestrooms.manage');
  if (i.cleanedAt) throw refused(ctx, 'inspection_cleaned');
  await ctx.db.transaction(async (tx) => {
    const u = await repo.markCleaned(tx, id, ctx.now(), actor.displayName);
    if (!u) throw refused(ctx, 'inspection_cleaned');
    if (!(await rooms.moveRoom(tx, i.roomId, ['vacant_dirty'], 'vacant_clean', null, ctx.now()))) throw refused(ctx, 'room_not_dirty');
    await audit(tx, ctx, {
      action: 'guest_room.cleaned',
      entityType: 'guest_room_inspection',
      entityId: id,
      propertyId: i.propertyId,
      before: i,
      after: u,
    });
  });
  return getInspection(ctx, id);
}

export async function listLeftItems(ctx: Ctx, propertyId: string) {
  authorize(requireActor(ctx), propertyId, 'guestrooms.read');
  return { data: (await repo.listLeftItems(ctx.db, propertyId)).map(presentLeftItem) };
}

/** An item left behind handed in to the front desk (whoever received it named). */
export async function handInItem(ctx: Ctx, id: string, handedToName: string) {
  const actor = requireActor(ctx);
  const l = await repo.findLeftItem(ctx.db, id);
  if (!l || !memberProperties(actor).includes(l.propertyId) || !can(actor, l.propertyId, 'guestrooms.read')) throw errors.notFound('item');
  authorize(actor, l.propertyId, 'guestrooms.manage');
  const u = await ctx.db.transaction(async (tx) => {
    const u = await repo.handIn(tx, id, ctx.now(), handedToName);
    if (!u) throw refused(ctx, 'left_item_handed_in');
    await audit(tx, ctx, {
      action: 'guest_left_item.handed_in',
      entityType: 'guest_left_item',
      entityId: id,
      propertyId: l.propertyId,
      before: l,
      after: u,
    });
    return u;
  });
  return presentLeftItem(u);
}
