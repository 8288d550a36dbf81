/**
 * Task templates (SPEC M4; seed 004): per department, venue type and class, what a meeting needs
 * and when. A property gets the seed-004 defaults on first use; an admin edits them. Every write is
 * audited in its transaction.
 */
import type { Department } from '@hy/contracts';
import { type Ctx, authorize, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { audit } from '../../audit/index.ts';
import * as repo from './tasks.repository.ts';
import { defaultTemplates, type TemplateLike } from './tasks.rules.ts';
import { presentTemplate } from './tasks.presenter.ts';

/** Loads the seed-004 default templates into a property (the ones it lacks, by code). Exported for demo data. */
export async function loadDefaultTemplates(db: DbOrTx, propertyId: string) {
  return repo.insertTemplates(
    db,
    defaultTemplates().map((t) => ({ ...t, propertyId, active: true })),
  );
}

export async function listTemplates(ctx: Ctx, q: { propertyId: string; department?: Department }) {
  authorize(requireActor(ctx), q.propertyId, 'meetings.read');
  return { data: (await repo.listTemplates(ctx.db, q.propertyId, q.department)).map(presentTemplate) };
}

export async function loadDefaults(ctx: Ctx, propertyId: string) {
  authorize(requireActor(ctx), propertyId, 'meetings.templates.manage');
  return ctx.db.transaction(async (tx) => {
    const rows = await loadDefaultTemplates(tx, propertyId);
    await audit(tx, ctx, {
      action: 'task_template.defaults_loaded',
      entityType: 'property',
      entityId: propertyId,
      propertyId,
      meta: { added: rows.map((r) => r.code) },
    });
    return { added: rows.length };
  });
}

export async function createTemplate(ctx: Ctx, input: Omit<TemplateLike, 'active'> & { propertyId: string }) {
  authorize(requireActor(ctx), input.propertyId, 'meetings.templates.manage');
  return ctx.db.transaction(async (tx) => {
    const [row] = await repo.insertTemplates(tx, [{ ...input, createdAt: ctx.now(), updatedAt: ctx.now() }]);
    if (!row) throw errors.duplicate('code', `template ${input.code} exists`);
    await audit(tx, ctx, {
      action: 'task_template.created',
      entityType: 'task_template',
      entityId: row.id,
      propertyId: row.propertyId,
      before: null,
      after: row,
    });
    return presentTemplate(row);
  });
}

export async function updateTemplate(ctx: Ctx, id: string, patch: Partial<TemplateLike>) {
  const actor = requireActor(ctx);
  const before = await repo.findTemplate(ctx.db, id);
  if (!before) throw errors.notFound('task template');
  authorize(actor, before.propertyId, 'meetings.templates.manage');
  const merged = { ...before, ...patch };
  if ((merged.offsetMinutes === null) === (merged.dayBeforeAt === null))
    throw errors.field('offsetMinutes', 'either offsetMinutes or dayBeforeAt', 'timing');
  return ctx.db.transaction(async (tx) => {
    const row = (await repo.updateTemplate(tx, id, { ...patch, updatedAt: ctx.now() }))!;
    await audit(tx, ctx, {
      action: 'task_template.updated',
      entityType: 'task_template',
      entityId: id,
      propertyId: row.propertyId,
      before,
      after: row,
    });
    return presentTemplate(row);
  });
}
