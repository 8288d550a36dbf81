/**
 * Use cases of the places domain: properties, buildings and floors, organizations, units, venues.
 * Each checks access first, writes in one transaction and audits in that same transaction.
 * Buildings, units and organizations are deleted only while nothing refers to them (422 in_use);
 * venues are never deleted: "deleting" one makes it not bookable.
 */
import { DEFAULT_LEAD_TIMES, type ProblemField, type Role } from '@hy/contracts';
import { type Ctx, type Actor, requireActor, memberProperties } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { sqlState, type Tx } from '../../../db/client.ts';
import { buildings, organizations, venues } from '../../../db/schema/index.ts';
import { audit } from '../../audit/index.ts';
import { invalidateWorkCalendar } from '../../calendar/index.ts';
import { grantRoles } from '../../identity/index.ts';
import * as repo from './venues.repository.ts';
import * as S from './venues.schema.ts';
import {
  presentBuilding,
  presentFloor,
  presentOrganization,
  presentProperty,
  presentUnit,
  presentVenue,
  relationsOf,
} from './venues.presenter.ts';
import { authorizeRecord, authorizeTarget, readScope, canCreateProperty } from '../resource/resource.policy.ts';
import { floorLevels, floorLabel, floorChanges, venueErrors } from './venues.rules.ts';
import { decodeCursor, encodeCursor } from '../../../lib/paging.ts';
import { minutesOf } from '../../../lib/time-of-day.ts';

// ---------- shared helpers ----------

function cursorOf(q: { cursor?: string }, arity: number) {
  const key = decodeCursor(q.cursor, arity);
  if (key === null) throw errors.field('cursor', 'invalid cursor');
  return key;
}

function page<T, R>(rows: T[], limit: number, key: (r: T) => unknown[], present: (r: T) => R) {
  const data = rows.slice(0, limit);
  return { data: data.map(present), nextCursor: rows.length > limit ? encodeCursor(key(data[data.length - 1]!)) : null };
}

/** One transaction; the database's guards become problems: a unique key → 409 on `unique`, a reference → 422 in_use. */
async function write<T>(ctx: Ctx, fn: (tx: Tx) => Promise<T>, opts: { unique?: string; inUse?: boolean } = {}): Promise<T> {
  try {
    return await ctx.db.transaction(fn);
  } catch (e) {
    const state = sqlState(e);
    if (state === '23505' && opts.unique) throw errors.duplicate(opts.unique, say(ctx, '编号或名称已存在', 'Already taken'));
    if (state === '23503' && opts.inUse) throw errors.of('in_use', say(ctx, '仍有记录引用它，无法删除', 'Other records still refer to it'));
    throw e;
  }
}

/** Loads a record and checks the actor may read or manage it (404 / 403). */
async function load<T extends { propertyId: string }>(
  ctx: Ctx,
  found: Promise<T | null>,
  permission: 'places.read' | 'places.manage',
  ownOnly?: (row: T, actor: Actor) => boolean,
) {
  const actor = requireActor(ctx);
  const row = await found;
  if (!row) throw errors.notFound();
  authorizeRecord(actor, row.propertyId, permission, ownOnly && (() => ownOnly(row, actor)));
  return { actor, row };
}

interface Ref {
  path: string;
  ids: (string | null | undefined)[];
  many?: boolean;
  lookup: (ids: string[]) => Promise<string[]>;
}

/** Field errors for references that do not exist in the property; throws them with any rule errors. */
async function checkRefs(ctx: Ctx, refs: Ref[], ruleErrors: ProblemField[] = []) {
  const fields = [...ruleErrors];
  for (const r of refs) {
    const wanted = r.ids.filter((x): x is string => !!x);
    if (!wanted.length) continue;
    const found = new Set(await r.lookup(wanted));
    r.ids.forEach((x, i) => {
      if (x && !found.has(x))
        fields.push({
          path: r.many ? `${r.path}.${i}` : r.path,
          message: say(ctx, '不存在或不属于该项目', 'Not found in this property'),
          code: 'unknown_reference',
        });
    });
  }
  if (fields.length) throw errors.validation(fields, fields.map((f) => `${f.path}: ${f.message}`).join('; '));
}

const inProperty = (ctx: Ctx, t: Parameters<typeof repo.idsInProperty>[1], propertyId: string) => (ids: string[]) =>
  repo.idsInProperty(ctx.db, t, ids, propertyId);
const floorOfBuilding =
  (ctx: Ctx, buildingId: string) =>
  async ([id]: string[]) => {
    const f = await repo.findFloor(ctx.db, id!);
    return f && f.buildingId === buildingId ? [f.id] : [];
  };

// ---------- properties ----------

export async function listProperties(ctx: Ctx, q: { limit: number; cursor?: string }) {
  const actor = requireActor(ctx);
  const rows = await repo.listProperties(ctx.db, { ids: memberProperties(actor), after: cursorOf(q, 2), limit: q.limit + 1 });
  return page(
    rows,
    q.limit,
    (p) => [p.code, p.id],
    (p) => presentProperty(actor, p),
  );
}

async function loadProperty(ctx: Ctx, id: string, permission: 'places.read' | 'settings.manage') {
  const actor = requireActor(ctx);
  if (!memberProperties(actor).includes(id)) throw errors.notFound();
  if (permission === 'settings.manage') authorizeTarget(actor, id, permission);
  const row = await repo.findProperty(ctx.db, id);
  if (!row) throw errors.notFound();
  return { actor, row };
}

export async function getProperty(ctx: Ctx, id: string) {
  const { actor, row } = await loadProperty(ctx, id, 'places.read');
  return presentProperty(actor, row);
}

function checkWorkHours(ctx: Ctx, start: string, end: string) {
  if (minutesOf(start) >= minutesOf(end))
    throw errors.field('workEnd', say(ctx, '下班时间必须晚于上班时间', 'workEnd must be later than workStart'), 'work_hours');
}

function mergeSettings(current: Record<string, unknown>, patch: S.PropertyPatch['settings']) {
  const leadTimes = { ...DEFAULT_LEAD_TIMES, ...(current.leadTimes as object | undefined), ...patch?.leadTimes };
  return { ...current, leadTimes };
}

export async function createProperty(ctx: Ctx, input: S.PropertyCreate) {
  const actor = requireActor(ctx);
  if (!canCreateProperty(actor)) throw errors.forbidden();
  checkWorkHours(ctx, input.workStart, input.workEnd);
  const row = await write(
    ctx,
    async (tx) => {
      const p = await repo.insertProperty(tx, { ...input, settings: mergeSettings({}, input.settings) });
      await grantRoles(tx, [{ userId: actor.id, propertyId: p.id, role: 'admin', grantedBy: actor.id }]);
      await audit(tx, ctx, {
        action: 'property.created',
        entityType: 'property',
        entityId: p.id,
        propertyId: p.id,
        before: null,
        after: p,
      });
      return p;
    },
    { unique: 'code' },
  );
  return presentProperty({ ...actor, roles: { ...actor.roles, [row.id]: ['admin' as Role] } }, row);
}

export async function updateProperty(ctx: Ctx, id: string, patch: S.PropertyPatch) {
  const { actor, row } = await loadProperty(ctx, id, 'settings.manage');
  checkWorkHours(ctx, patch.workStart ?? row.workStart, patch.workEnd ?? row.workEnd);
  const { settings, ...fields } = patch;
  const next = await write(ctx, async (tx) => {
    const p = await repo.updateProperty(tx, id, { ...fields, ...(settings ? { settings: mergeSettings(row.settings, settings) } : {}) });
    await audit(tx, ctx, { action: 'property.updated', entityType: 'property', entityId: id, propertyId: id, before: row, after: p });
    return p;
  });
  invalidateWorkCalendar(id);
  return presentProperty(actor, next);
}

// ---------- buildings and floors ----------

export async function listBuildings(ctx: Ctx, q: S.ListQuery) {
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
      await audit(tx, ctx, {
        action: 'building.created',
        entityType: 'building',
        entityId: b.id,
        propertyId: b.propertyId,
        before: null,
        after: buildingSnapshot(b, fl),
      });
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
      await audit(tx, ctx, {
        action: 'building.updated',
        entityType: 'building',
        entityId: id,
        propertyId: b.propertyId,
        before: buildingSnapshot(row, before),
        after: buildingSnapshot(b, await repo.floorsOf(tx, id)),
      });
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
      await audit(tx, ctx, {
        action: 'building.deleted',
        entityType: 'building',
        entityId: id,
        propertyId: row.propertyId,
        before: buildingSnapshot(row, fl),
        after: null,
      });
    },
    { inUse: true },
  );
}

// ---------- organizations ----------

const ownOrganization = (o: { id: string }, actor: Actor) => o.id === actor.organizationId;

export async function listOrganizations(ctx: Ctx, q: S.OrganizationQuery) {
  const actor = requireActor(ctx);
  const rows = await repo.listOrganizations(ctx.db, {
    v: readScope(actor, q.propertyId),
    ownId: actor.organizationId,
    q: q.q,
    kind: q.kind,
    after: cursorOf(q, 2),
    limit: q.limit + 1,
  });
  return page(
    rows,
    q.limit,
    (o) => [o.name, o.id],
    (o) => presentOrganization(actor, o),
  );
}

export async function getOrganization(ctx: Ctx, id: string) {
  const { actor, row } = await load(ctx, repo.findOrganization(ctx.db, id), 'places.read', ownOrganization);
  return presentOrganization(actor, row);
}

export async function createOrganization(ctx: Ctx, input: S.OrganizationCreate) {
  const actor = requireActor(ctx);
  authorizeTarget(actor, input.propertyId);
  const row = await write(
    ctx,
    async (tx) => {
      const o = await repo.insertOrganization(tx, input);
      await audit(tx, ctx, {
        action: 'organization.created',
        entityType: 'organization',
        entityId: o.id,
        propertyId: o.propertyId,
        before: null,
        after: o,
      });
      return o;
    },
    { unique: 'name' },
  );
  return presentOrganization(actor, row);
}

export async function updateOrganization(ctx: Ctx, id: string, patch: S.OrganizationPatch) {
  const { actor, row } = await load(ctx, repo.findOrganization(ctx.db, id), 'places.manage');
  const next = await write(
    ctx,
    async (tx) => {
      const o = await repo.updateOrganization(tx, id, patch);
      await audit(tx, ctx, {
        action: 'organization.updated',
        entityType: 'organization',
        entityId: id,
        propertyId: o.propertyId,
        before: row,
        after: o,
      });
      return o;
    },
    { unique: 'name' },
  );
  return presentOrganization(actor, next);
}

export async function deleteOrganization(ctx: Ctx, id: string) {
  const { row } = await load(ctx, repo.findOrganization(ctx.db, id), 'places.manage');
  await write(
    ctx,
    async (tx) => {
      await repo.deleteOrganization(tx, id);
      await audit(tx, ctx, {
        action: 'organization.deleted',
        entityType: 'organization',
        entityId: id,
        propertyId: row.propertyId,
        before: row,
        after: null,
      });
    },
    { inUse: true },
  );
}

// ---------- units ----------

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
      await audit(tx, ctx, {
        action: 'unit.created',
        entityType: 'unit',
        entityId: u.id,
        propertyId: u.propertyId,
        before: null,
        after: u,
      });
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
      await audit(tx, ctx, {
        action: 'unit.updated',
        entityType: 'unit',
        entityId: id,
        propertyId: row.propertyId,
        before: unitSnapshot(row),
        after: unitSnapshot((await repo.findUnit(tx, id))!),
      });
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
      await audit(tx, ctx, {
        action: 'unit.deleted',
        entityType: 'unit',
        entityId: id,
        propertyId: row.propertyId,
        before: unitSnapshot(row),
        after: null,
      });
    },
    { inUse: true },
  );
}

// ---------- venues ----------

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
      await audit(tx, ctx, {
        action: 'venue.created',
        entityType: 'venue',
        entityId: row.id,
        propertyId: row.propertyId,
        before: null,
        after: await venueSnapshot(tx, row.id),
      });
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
      await audit(tx, ctx, {
        action: 'venue.updated',
        entityType: 'venue',
        entityId: id,
        propertyId: row.propertyId,
        before,
        after: await venueSnapshot(tx, id),
      });
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
      await audit(tx, ctx, {
        action: 'venue.archived',
        entityType: 'venue',
        entityId: id,
        propertyId: row.propertyId,
        before: { bookable: true },
        after: { bookable: false },
      });
    });
  }
  return getVenue(ctx, id);
}
