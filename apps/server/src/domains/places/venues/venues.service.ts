/**
 * Venues: layouts, equipment, opening hours, links, managers and the organizations a restricted
 * venue admits. Venues are never deleted: "deleting" one makes it not bookable.
 */
import type { Ctx } from '../../../lib/context.ts';
import { requireActor } from '../../../lib/context.ts';
import type { Tx } from '../../../db/client.ts';
import { buildings, organizations, venues } from '../../../db/schema/index.ts';
import { auditPlace, checkRefs, cursorOf, inProperty, load, page, write, type Ref } from '../resource/resource.service.ts';
import { authorizeTarget, readScope } from '../resource/resource.policy.ts';
import { floorOfBuilding } from '../buildings/buildings.service.ts';
import * as repo from './venues.repository.ts';
import type * as S from './venues.schema.ts';
import { presentVenue, relationsOf } from './venues.presenter.ts';
import { venueErrors } from './venues.rules.ts';

/** The venue as audited: its own columns and the ids of its relations. */
async function venueSnapshot(db: Ctx['db'] | Tx, id: string) {
  const { propertySettings: _s, buildingName: _b, floorLabel: _f, ...v } = (await repo.findVenue(db, id))!;
  const rel = await repo.venueRelations(db, [id]);
  return {
    ...v,
    linkedVenueIds: relationsOf(rel.links, id).map((x) => x.id),
    managerUserIds: relationsOf(rel.managers, id).map((x) => x.id),
    allowedOrganizationIds: relationsOf(rel.allowed, id).map((x) => x.id),
  };
}

export async function listVenues(ctx: Ctx, q: S.VenueQuery) {
  const actor = requireActor(ctx);
  const rows = await repo.listVenues(ctx.db, { v: readScope(actor, q.propertyId), ...q, after: cursorOf(q, 2), limit: q.limit + 1 });
  const rel = await repo.venueRelations(
    ctx.db,
    rows.slice(0, q.limit).map((v) => v.id),
  );
  return page(
    rows,
    q.limit,
    (v) => [v.code, v.id],
    (v) => presentVenue(actor, v, rel),
  );
}

export async function getVenue(ctx: Ctx, id: string) {
  // Outside users see bookable venues only.
  const { actor, row } = await load(ctx, repo.findVenue(ctx.db, id), 'places.read', (v) => v.bookable);
  return presentVenue(actor, row, await repo.venueRelations(ctx.db, [id]));
}

type VenueState = Omit<S.VenueCreate, 'propertyId'>;

/** Rules and references of a venue's complete (merged) state; `changed` limits the reference checks on update. */
async function checkVenue(ctx: Ctx, propertyId: string, v: VenueState, selfId?: string, changed = (_k: keyof VenueState) => true) {
  const rules = venueErrors(
    {
      ...v,
      minAttendees: v.minAttendees ?? null,
      defaultLayout: v.defaultLayout ?? null,
    },
    selfId,
  );
  const refs: Ref[] = [
    { path: 'buildingId', ids: [v.buildingId], lookup: inProperty(ctx, buildings, propertyId) },
    { path: 'floorId', ids: [v.floorId], lookup: floorOfBuilding(ctx, v.buildingId) },
    { path: 'linkedVenueIds', ids: v.linkedVenueIds, many: true, lookup: inProperty(ctx, venues, propertyId) },
    { path: 'managerUserIds', ids: v.managerUserIds, many: true, lookup: (ids) => repo.staffUserIds(ctx.db, propertyId, ids) },
    { path: 'allowedOrganizationIds', ids: v.allowedOrganizationIds, many: true, lookup: inProperty(ctx, organizations, propertyId) },
  ];
  const floorChanged = changed('buildingId') || changed('floorId');
  await checkRefs(
    ctx,
    refs.filter((r) => (r.path === 'floorId' ? floorChanged : changed(r.path as keyof VenueState))),
    rules,
  );
}

const venueColumns = ({ linkedVenueIds: _l, managerUserIds: _m, allowedOrganizationIds: _a, ...cols }: Partial<VenueState>) => cols;

export async function createVenue(ctx: Ctx, input: S.VenueCreate) {
  authorizeTarget(requireActor(ctx), input.propertyId);
  const v = { ...input, defaultLayout: input.defaultLayout ?? input.layouts[0]?.layout ?? null };
  await checkVenue(ctx, input.propertyId, v);
  const id = await write(
    ctx,
    async (tx) => {
      const row = await repo.insertVenue(tx, venueColumns(v) as S.VenueCreate);
      await repo.setVenueRelations(tx, row.id, v);
      await auditPlace(tx, ctx, 'venue', 'created', { id: row.id, propertyId: row.propertyId }, null, await venueSnapshot(tx, row.id));
      return row.id;
    },
    { unique: 'code' },
  );
  return getVenue(ctx, id);
}

export async function updateVenue(ctx: Ctx, id: string, patch: S.VenuePatch) {
  const { row } = await load(ctx, repo.findVenue(ctx.db, id), 'places.manage');
  const before = await venueSnapshot(ctx.db, id);
  // Turning restriction off drops the allowed organizations unless the request sets them.
  const p: S.VenuePatch = {
    ...patch,
    ...(patch.restricted === false && !patch.allowedOrganizationIds ? { allowedOrganizationIds: [] } : {}),
  };
  const merged = { ...before, ...p } as VenueState;
  merged.defaultLayout = merged.defaultLayout ?? merged.layouts[0]?.layout ?? null;
  if (merged.defaultLayout !== before.defaultLayout) p.defaultLayout = merged.defaultLayout;
  await checkVenue(ctx, row.propertyId, merged, id, (k) => p[k] !== undefined);
  await write(
    ctx,
    async (tx) => {
      const cols = venueColumns(p);
      if (Object.keys(cols).length) await repo.updateVenue(tx, id, cols as Partial<S.VenueCreate>);
      await repo.setVenueRelations(tx, id, p);
      await auditPlace(tx, ctx, 'venue', 'updated', { id, propertyId: row.propertyId }, before, await venueSnapshot(tx, id));
    },
    { unique: 'code' },
  );
  return getVenue(ctx, id);
}

/** No hard delete: the venue stops being bookable and keeps its history. */
export async function archiveVenue(ctx: Ctx, id: string) {
  const { row } = await load(ctx, repo.findVenue(ctx.db, id), 'places.manage');
  if (row.bookable) {
    await write(ctx, async (tx) => {
      await repo.updateVenue(tx, id, { bookable: false });
      await auditPlace(tx, ctx, 'venue', 'archived', { id, propertyId: row.propertyId }, { bookable: true }, { bookable: false });
    });
  }
  return getVenue(ctx, id);
}
