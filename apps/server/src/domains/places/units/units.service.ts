/** Units (households and offices): outside users see only their own. Deleted only while nothing refers to one (422 in_use). */
import type { Ctx, Actor } from '../../../lib/context.ts';
import { requireActor } from '../../../lib/context.ts';
import { buildings, organizations } from '../../../db/schema/index.ts';
import { auditPlace, checkRefs, cursorOf, inProperty, load, page, write, type Ref } from '../resource/resource.service.ts';
import { authorizeTarget, readScope } from '../resource/resource.policy.ts';
import { floorOfBuilding } from '../buildings/buildings.service.ts';
import * as repo from './units.repository.ts';
import type * as S from './units.schema.ts';
import { presentUnit } from './units.presenter.ts';

const ownUnit = (u: { id: string }, actor: Actor) => u.id === actor.unitId;
const unitSnapshot = ({ buildingName: _b, floorLabel: _f, organizationName: _o, ...u }: repo.UnitView) => u;

export async function listUnits(ctx: Ctx, q: S.UnitQuery) {
  const actor = requireActor(ctx);
  const rows = await repo.listUnits(ctx.db, {
    v: readScope(actor, q.propertyId),
    ownId: actor.unitId,
    ...q,
    after: cursorOf(q, 2),
    limit: q.limit + 1,
  });
  return page(
    rows,
    q.limit,
    (u) => [u.code, u.id],
    (u) => presentUnit(actor, u),
  );
}

export async function getUnit(ctx: Ctx, id: string) {
  const { actor, row } = await load(ctx, repo.findUnit(ctx.db, id), 'places.read', ownUnit);
  return presentUnit(actor, row);
}

/** building, floor (of that building) and organization must exist in the property. */
function unitRefs(ctx: Ctx, propertyId: string, u: { buildingId: string; floorId?: string | null; organizationId?: string | null }): Ref[] {
  return [
    { path: 'buildingId', ids: [u.buildingId], lookup: inProperty(ctx, buildings, propertyId) },
    { path: 'floorId', ids: [u.floorId], lookup: floorOfBuilding(ctx, u.buildingId) },
    { path: 'organizationId', ids: [u.organizationId], lookup: inProperty(ctx, organizations, propertyId) },
  ];
}

export async function createUnit(ctx: Ctx, input: S.UnitCreate) {
  authorizeTarget(requireActor(ctx), input.propertyId);
  await checkRefs(ctx, unitRefs(ctx, input.propertyId, input));
  const id = await write(
    ctx,
    async (tx) => {
      const u = await repo.insertUnit(tx, input);
      await auditPlace(tx, ctx, 'unit', 'created', { id: u.id, propertyId: u.propertyId }, null, u);
      return u.id;
    },
    { unique: 'code' },
  );
  return getUnit(ctx, id);
}

export async function updateUnit(ctx: Ctx, id: string, patch: S.UnitPatch) {
  const { row } = await load(ctx, repo.findUnit(ctx.db, id), 'places.manage');
  const merged = { ...row, ...patch };
  const refs = unitRefs(ctx, row.propertyId, merged).filter((r) =>
    r.path === 'organizationId' ? patch.organizationId !== undefined : patch.buildingId !== undefined || patch.floorId !== undefined,
  );
  await checkRefs(ctx, refs);
  await write(
    ctx,
    async (tx) => {
      await repo.updateUnit(tx, id, patch);
      await auditPlace(
        tx,
        ctx,
        'unit',
        'updated',
        { id, propertyId: row.propertyId },
        unitSnapshot(row),
        unitSnapshot((await repo.findUnit(tx, id))!),
      );
    },
    { unique: 'code' },
  );
  return getUnit(ctx, id);
}

export async function deleteUnit(ctx: Ctx, id: string) {
  const { row } = await load(ctx, repo.findUnit(ctx.db, id), 'places.manage');
  await write(
    ctx,
    async (tx) => {
      await repo.deleteUnit(tx, id);
      await auditPlace(tx, ctx, 'unit', 'deleted', { id, propertyId: row.propertyId }, unitSnapshot(row), null);
    },
    { inUse: true },
  );
}
