/**
 * Tenant files (T1): staff holding tenants.read read the tenant list and every file of their property; a
 * tenant reads only their own company's file (anyone else's is 404, as is another property's). Saving
 * (tenants.manage) writes the whole file over the version read, creating it on first save; every save is
 * audited with the fields before and after — the history of the tenant list the departments receive.
 */
import type { TenantFileSave } from '@hy/contracts';
import { tenantFileSave } from '@hy/contracts';
import type { z } from 'zod';
import { type Actor, type Ctx, authorize, can, memberProperties, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import * as repo from './files.repository.ts';
import { presentFile, presentSummary } from './files.presenter.ts';

type Save = z.output<typeof tenantFileSave>;

/** May the actor read this company's records: staff with tenants.read, or a tenant of that very company. */
export function mayReadTenant(actor: Actor, propertyId: string, organizationId: string) {
  if (!memberProperties(actor).includes(propertyId)) return false;
  if (can(actor, propertyId, 'tenants.read')) return true;
  return can(actor, propertyId, 'tenants.applications.own') && actor.organizationId === organizationId;
}

/** The company (organization) of a file, or 404 when the actor may not see it. */
export async function loadOrganization(ctx: Ctx, organizationId: string) {
  const actor = requireActor(ctx);
  const org = await repo.findOrganization(ctx.db, organizationId);
  if (!org || !mayReadTenant(actor, org.propertyId, org.id)) throw errors.notFound('tenant');
  return { actor, org };
}

export async function listFiles(ctx: Ctx, q: { propertyId: string; q?: string; status?: string }) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'tenants.read');
  const rows = await repo.organizationsOf(ctx.db, q.propertyId);
  const unitRows = await repo.unitsOf(
    ctx.db,
    rows.map((r) => r.org.id),
  );
  const needle = q.q?.toLowerCase();
  const data = rows
    .map((r) =>
      presentSummary(
        r.org,
        r.file,
        unitRows.filter((u) => u.organizationId === r.org.id),
      ),
    )
    .filter((s) => !q.status || s.status === q.status)
    .filter(
      (s) =>
        !needle ||
        [s.name, s.shortName, s.nameEn, s.contact?.nameZh, s.contact?.nameEn, ...s.units.map((u) => u.code)].some((v) =>
          v?.toLowerCase().includes(needle),
        ),
    );
  return { data, policies: { edit: can(actor, q.propertyId, 'tenants.manage') } };
}

export async function getFile(ctx: Ctx, organizationId: string) {
  const { actor, org } = await loadOrganization(ctx, organizationId);
  const file = await repo.findFile(ctx.db, org.id);
  return presentFile(actor, org, file, await repo.unitsOf(ctx.db, [org.id]));
}

const stale = (ctx: Ctx) =>
  new AppError(
    'tenant_file_stale',
    409,
    say(ctx, '档案已被他人修改，请刷新后再保存', 'The file was changed by someone else; reload and save again'),
  );

export async function saveFile(ctx: Ctx, organizationId: string, body: TenantFileSave) {
  const actor = requireActor(ctx);
  const org = await repo.findOrganization(ctx.db, organizationId);
  if (!org || !memberProperties(actor).includes(org.propertyId)) throw errors.notFound('tenant');
  authorize(actor, org.propertyId, 'tenants.manage');
  const input = body as Save;
  const values = {
    nameEn: input.nameEn ?? null,
    status: input.status,
    areaSqm: input.areaSqm != null ? input.areaSqm.toFixed(2) : null,
    staffCount: input.staffCount ?? null,
    moveInDate: input.moveInDate ?? null,
    leaders: input.leaders.map((l) => ({ name: l.name, title: l.title, phone: l.phone ?? null })),
    contacts: input.contacts.map((c) => ({
      nameZh: c.nameZh,
      nameEn: c.nameEn ?? null,
      title: c.title ?? null,
      phone: c.phone ?? null,
      email: c.email ?? null,
    })),
    emergencyName: input.emergencyName ?? null,
    emergencyPhone: input.emergencyPhone ?? null,
    notes: input.notes ?? null,
  };
  await ctx.db.transaction(async (tx) => {
    const before = await repo.findFile(tx, org.id, true);
    if (!before) {
      if (input.version !== undefined && input.version !== 0) throw stale(ctx);
      const row = await repo.insertFile(tx, { ...values, propertyId: org.propertyId, organizationId: org.id });
      await audit(tx, ctx, {
        action: 'tenant_file.created',
        entityType: 'tenant_file',
        entityId: org.id,
        propertyId: org.propertyId,
        before: null,
        after: row,
      });
      return;
    }
    if (input.version !== undefined && input.version !== before.version) throw stale(ctx);
    const after = await repo.updateFile(tx, before.id, before.version, values, ctx.now());
    if (!after) throw stale(ctx);
    await audit(tx, ctx, {
      action: 'tenant_file.updated',
      entityType: 'tenant_file',
      entityId: org.id,
      propertyId: org.propertyId,
      before,
      after,
    });
  });
  return getFile(ctx, org.id);
}
