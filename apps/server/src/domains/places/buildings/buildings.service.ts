/**
 * Buildings and their floors: a building's floors follow its floor counts. A building is deleted
 * only while nothing refers to it or its floors (422 in_use).
 */
import type { Ctx } from '../../../lib/context.ts';
import { requireActor } from '../../../lib/context.ts';
import { auditPlace, cursorOf, load, page, write } from '../resource/resource.service.ts';
import { authorizeTarget, readScope } from '../resource/resource.policy.ts';
import * as repo from './buildings.repository.ts';
import type * as S from './buildings.schema.ts';
import type { ListQuery } from '../resource/resource.schema.ts';
import { presentBuilding, presentFloor } from './buildings.presenter.ts';
import { floorLevels, floorLabel, floorChanges } from './buildings.rules.ts';

/** A reference check: the floor exists and belongs to the building. */
export const floorOfBuilding =
  (ctx: Ctx, buildingId: string) =>
  async ([id]: string[]) => {
    const f = await repo.findFloor(ctx.db, id!);
    return f && f.buildingId === buildingId ? [f.id] : [];
  };

export async function listBuildings(ctx: Ctx, q: ListQuery) {
  const actor = requireActor(ctx);
  const rows = await repo.listBuildings(ctx.db, { v: readScope(actor, q.propertyId), q: q.q, after: cursorOf(q, 3), limit: q.limit + 1 });
  return page(
    rows,
    q.limit,
    (b) => [b.sort, b.code, b.id],
    (b) => presentBuilding(actor, b),
  );
}

export async function getBuilding(ctx: Ctx, id: string) {
  const { actor, row } = await load(ctx, repo.findBuilding(ctx.db, id), 'places.read');
  return presentBuilding(actor, row, await repo.floorsOf(ctx.db, id));
}

export async function listFloors(ctx: Ctx, buildingId: string) {
  await load(ctx, repo.findBuilding(ctx.db, buildingId), 'places.read');
  return { data: (await repo.floorsOf(ctx.db, buildingId)).map(presentFloor), nextCursor: null };
}

const floorRows = (b: repo.BuildingRow, levels: number[]) =>
  levels.map((level) => ({ propertyId: b.propertyId, buildingId: b.id, level, label: floorLabel(level) }));
const buildingSnapshot = (b: repo.BuildingRow, fl: { label: string }[]) => ({ ...b, floors: fl.map((f) => f.label) });

export async function createBuilding(ctx: Ctx, input: S.BuildingCreate) {
  const actor = requireActor(ctx);
  authorizeTarget(actor, input.propertyId);
  const id = await write(
    ctx,
    async (tx) => {
      const b = await repo.insertBuilding(tx, input);
      const fl = floorRows(b, floorLevels(b.floorsAbove, b.floorsBelow));
      await repo.insertFloors(tx, fl);
      await auditPlace(tx, ctx, 'building', 'created', { id: b.id, propertyId: b.propertyId }, null, buildingSnapshot(b, fl));
      return b.id;
    },
    { unique: 'code' },
  );
  return getBuilding(ctx, id);
}

export async function updateBuilding(ctx: Ctx, id: string, patch: S.BuildingPatch) {
  const { row } = await load(ctx, repo.findBuilding(ctx.db, id), 'places.manage');
  await write(
    ctx,
    async (tx) => {
      const before = await repo.floorsOf(tx, id);
      const b = await repo.updateBuilding(tx, id, patch);
      const change = floorChanges(
        before.map((f) => f.level),
        b.floorsAbove,
        b.floorsBelow,
      );
      await repo.deleteFloors(tx, id, change.remove);
      await repo.insertFloors(tx, floorRows(b, change.add));
      await auditPlace(
        tx,
        ctx,
        'building',
        'updated',
        { id, propertyId: b.propertyId },
        buildingSnapshot(row, before),
        buildingSnapshot(b, await repo.floorsOf(tx, id)),
      );
    },
    { unique: 'code', inUse: true },
  );
  return getBuilding(ctx, id);
}

export async function deleteBuilding(ctx: Ctx, id: string) {
  const { row } = await load(ctx, repo.findBuilding(ctx.db, id), 'places.manage');
  await write(
    ctx,
    async (tx) => {
      const fl = await repo.floorsOf(tx, id);
      await repo.deleteBuilding(tx, id);
      await auditPlace(tx, ctx, 'building', 'deleted', { id, propertyId: row.propertyId }, buildingSnapshot(row, fl), null);
    },
    { inUse: true },
  );
}
