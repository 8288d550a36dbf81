/** Organizations (the units' and bookings' 单位): outside users see only their own. Deleted only while nothing refers to one (422 in_use). */
import type { Ctx, Actor } from '../../../lib/context.ts';
import { requireActor } from '../../../lib/context.ts';
import { auditPlace, cursorOf, load, page, write } from '../resource/resource.service.ts';
import { authorizeTarget, readScope } from '../resource/resource.policy.ts';
import * as repo from './organizations.repository.ts';
import type * as S from './organizations.schema.ts';
import { presentOrganization } from './organizations.presenter.ts';

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
      await auditPlace(tx, ctx, 'organization', 'created', { id: o.id, propertyId: o.propertyId }, null, o);
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
      await auditPlace(tx, ctx, 'organization', 'updated', { id, propertyId: o.propertyId }, row, o);
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
      await auditPlace(tx, ctx, 'organization', 'deleted', { id, propertyId: row.propertyId }, row, null);
    },
    { inUse: true },
  );
}
