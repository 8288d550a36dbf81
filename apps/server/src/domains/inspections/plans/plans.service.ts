/**
 * Inspection plans (T2): kept by the customer-service managers (inspections.plans.manage), read by staff
 * (inspections.read). A plan and its checkpoints are written in one transaction; each checkpoint gets a
 * QR token of its own; checkpoints are reordered, edited (items kept by id, new ones added, missing ones
 * retired so past results keep their line) and retired, never deleted.
 */
import { randomBytes } from 'node:crypto';
import QRCode from 'qrcode';
import { PLANS_ERROR_CODES, PERMISSIONS, ROLES, type CheckpointInput, type PlanInput, type PlanPatch, type Role } from '@hy/contracts';
import type { DbOrTx } from '../../../db/client.ts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, can, memberProperties, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import * as repo from './plans.repository.ts';
import { presentCheckpoint, presentPlanSummary } from './plans.presenter.ts';
import { parseSchedule } from './plans.rules.ts';

const refused = (ctx: Ctx, code: keyof typeof PLANS_ERROR_CODES, path?: string) => {
  const c = PLANS_ERROR_CODES[code]!;
  const msg = say(ctx, c.zh, c.en);
  return new AppError(code, c.status, msg, path ? [{ path, message: msg, code }] : undefined);
};
export const newToken = () => `XJ-${randomBytes(9).toString('base64url')}`;

async function load(ctx: Ctx, id: string, permission: 'inspections.read' | 'inspections.plans.manage' = 'inspections.read') {
  const actor = requireActor(ctx);
  const p = await repo.findPlan(ctx.db, id);
  if (!p || !memberProperties(actor).includes(p.propertyId) || !can(actor, p.propertyId, 'inspections.read')) throw errors.notFound('plan');
  if (!can(actor, p.propertyId, permission)) throw errors.forbidden();
  return { actor, p };
}

export async function getPlan(ctx: Ctx, id: string) {
  const { actor, p } = await load(ctx, id);
  const cps = await repo.checkpointsOf(ctx.db, [id]);
  const items = await repo.itemsOf(
    ctx.db,
    cps.map((c) => c.id),
  );
  const n = (await repo.counts(ctx.db, [id])).get(id);
  return {
    ...presentPlanSummary(p, n, can(actor, p.propertyId, 'inspections.plans.manage')),
    checkpoints: cps.map((c) => presentCheckpoint(c, items)),
  };
}

export async function listPlans(ctx: Ctx, q: { propertyId: string; active: 'true' | 'false' | 'all' }) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'inspections.read');
  const rows = await repo.listPlans(ctx.db, q.propertyId, q.active);
  const n = await repo.counts(
    ctx.db,
    rows.map((r) => r.id),
  );
  const manage = can(actor, q.propertyId, 'inspections.plans.manage');
  return { data: rows.map((r) => presentPlanSummary(r, n.get(r.id), manage)), policies: { manage } };
}

async function checkFields(ctx: Ctx, propertyId: string, v: Partial<PlanInput>) {
  if (v.rrule !== undefined && !parseSchedule(v.rrule)) throw refused(ctx, 'plan_rrule_invalid', 'rrule');
  if (v.windowStart !== undefined && v.windowEnd !== undefined && v.windowEnd <= v.windowStart)
    throw refused(ctx, 'plan_window_invalid', 'windowEnd');
  if (
    v.assigneeRole &&
    (!(ROLES as readonly string[]).includes(v.assigneeRole) ||
      !(PERMISSIONS['inspections.walk'] as readonly Role[]).includes(v.assigneeRole as Role))
  )
    throw errors.field('assigneeRole', say(ctx, '该岗位不能执行巡检', 'This role does not walk rounds'), 'invalid');
  if (v.assigneeId && !(await repo.userInProperty(ctx.db, propertyId, v.assigneeId)))
    throw errors.field('assigneeId', say(ctx, '巡检人不属于本项目', 'The inspector is not staff of this property'), 'invalid');
}
const needsSomeone = (ctx: Ctx) =>
  errors.field('assigneeRole', say(ctx, '请指定巡检人或巡检岗位', 'Choose an inspector or a role'), 'required');

function checkItems(ctx: Ctx, cp: CheckpointInput, path: string) {
  cp.items.forEach((i, n) => {
    if (i.kind === 'number' && i.minValue != null && i.maxValue != null && i.maxValue < i.minValue)
      throw errors.field(`${path}.items.${n}.maxValue`, say(ctx, '上限须不小于下限', 'The maximum must not be below the minimum'), 'range');
  });
}

async function writeCheckpoint(tx: DbOrTx, propertyId: string, planId: string, position: number, cp: CheckpointInput) {
  const row = await repo.insertCheckpoint(tx, {
    propertyId,
    planId,
    position,
    name: cp.name,
    location: cp.location ?? null,
    qrToken: newToken(),
  });
  await repo.insertItems(
    tx,
    cp.items.map((i, n) => itemRow(row.id, n, i)),
  );
  return row;
}
const itemRow = (checkpointId: string, position: number, i: CheckpointInput['items'][number]) => ({
  checkpointId,
  position,
  label: i.label,
  kind: i.kind,
  minValue: i.kind === 'number' ? (i.minValue ?? null) : null,
  maxValue: i.kind === 'number' ? (i.maxValue ?? null) : null,
  unit: i.kind === 'number' ? (i.unit ?? null) : null,
  photoRequired: i.photoRequired ?? false,
  category: i.category ?? 'other',
});

export async function createPlan(ctx: Ctx, input: PlanInput & { checkpoints: CheckpointInput[] }) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'inspections.plans.manage');
  await checkFields(ctx, input.propertyId, input);
  if (!input.assigneeId && !input.assigneeRole) throw needsSomeone(ctx);
  input.checkpoints.forEach((c, n) => checkItems(ctx, c, `checkpoints.${n}`));
  const id = await ctx.db.transaction(async (tx) => {
    const p = await repo.insertPlan(tx, {
      propertyId: input.propertyId,
      name: input.name,
      area: input.area,
      kind: input.kind ?? 'patrol',
      rrule: input.rrule.replace(/^RRULE:/i, ''),
      windowStart: input.windowStart,
      windowEnd: input.windowEnd,
      leadMinutes: input.leadMinutes ?? 60,
      workdaysOnly: input.workdaysOnly ?? false,
      assigneeId: input.assigneeId ?? null,
      assigneeRole: input.assigneeRole ?? null,
      notes: input.notes ?? null,
      createdBy: actor.id,
      createdAt: ctx.now(),
      updatedAt: ctx.now(),
    });
    for (const [n, cp] of input.checkpoints.entries()) await writeCheckpoint(tx, p.propertyId, p.id, n, cp);
    await audit(tx, ctx, {
      action: 'inspection_plan.created',
      entityType: 'inspection_plan',
      entityId: p.id,
      propertyId: p.propertyId,
      before: null,
      after: { ...p, checkpoints: input.checkpoints.length },
    });
    return p.id;
  });
  return getPlan(ctx, id);
}

export async function updatePlan(ctx: Ctx, id: string, patch: PlanPatch) {
  const { p } = await load(ctx, id, 'inspections.plans.manage');
  const merged = { ...p, ...patch };
  await checkFields(ctx, p.propertyId, merged as Partial<PlanInput>);
  if (!merged.assigneeId && !merged.assigneeRole) throw needsSomeone(ctx);
  await ctx.db.transaction(async (tx) => {
    const u = await repo.updatePlan(tx, id, {
      ...patch,
      ...(patch.rrule ? { rrule: patch.rrule.replace(/^RRULE:/i, '') } : {}),
      updatedAt: ctx.now(),
    });
    await audit(tx, ctx, {
      action: 'inspection_plan.updated',
      entityType: 'inspection_plan',
      entityId: id,
      propertyId: p.propertyId,
      before: p,
      after: u,
    });
  });
  return getPlan(ctx, id);
}

export async function addCheckpoint(ctx: Ctx, id: string, cp: CheckpointInput) {
  const { p } = await load(ctx, id, 'inspections.plans.manage');
  checkItems(ctx, cp, '');
  await ctx.db.transaction(async (tx) => {
    const row = await writeCheckpoint(tx, p.propertyId, id, await repo.nextPosition(tx, id), cp);
    await audit(tx, ctx, {
      action: 'inspection_checkpoint.created',
      entityType: 'inspection_plan',
      entityId: id,
      propertyId: p.propertyId,
      after: { checkpoint: row.name, items: cp.items.length },
    });
  });
  return getPlan(ctx, id);
}

/** Edits a checkpoint: its name and place; items with an id are updated, new ones added, the rest retired. */
export async function updateCheckpoint(ctx: Ctx, id: string, cpId: string, cp: CheckpointInput) {
  const { p } = await load(ctx, id, 'inspections.plans.manage');
  const before = await repo.findCheckpoint(ctx.db, id, cpId);
  if (!before) throw errors.notFound('checkpoint');
  checkItems(ctx, cp, '');
  const existing = await repo.itemsOf(ctx.db, [cpId]);
  for (const [n, i] of cp.items.entries())
    if (i.id && !existing.some((e) => e.id === i.id))
      throw errors.field(`items.${n}.id`, say(ctx, '检查项不存在', 'Unknown item'), 'not_found');
  await ctx.db.transaction(async (tx) => {
    await repo.updateCheckpoint(tx, cpId, { name: cp.name, location: cp.location ?? null });
    const kept = new Set(cp.items.filter((i) => i.id).map((i) => i.id!));
    for (const e of existing) if (!kept.has(e.id)) await repo.updateItem(tx, e.id, { active: false });
    for (const [n, i] of cp.items.entries()) {
      const { checkpointId: _c, ...row } = itemRow(cpId, n, i);
      void _c;
      if (i.id) await repo.updateItem(tx, i.id, row);
      else await repo.insertItems(tx, [itemRow(cpId, n, i)]);
    }
    await audit(tx, ctx, {
      action: 'inspection_checkpoint.updated',
      entityType: 'inspection_plan',
      entityId: id,
      propertyId: p.propertyId,
      before: { name: before.name, location: before.location, items: existing.length },
      after: { name: cp.name, location: cp.location ?? null, items: cp.items.length },
    });
  });
  return getPlan(ctx, id);
}

export async function retireCheckpoint(ctx: Ctx, id: string, cpId: string) {
  const { p } = await load(ctx, id, 'inspections.plans.manage');
  const before = await repo.findCheckpoint(ctx.db, id, cpId);
  if (!before) throw errors.notFound('checkpoint');
  await ctx.db.transaction(async (tx) => {
    await repo.updateCheckpoint(tx, cpId, { active: false });
    await audit(tx, ctx, {
      action: 'inspection_checkpoint.retired',
      entityType: 'inspection_plan',
      entityId: id,
      propertyId: p.propertyId,
      before: { checkpoint: before.name },
    });
  });
  return getPlan(ctx, id);
}

/** The new order of the plan's checkpoints: every active checkpoint listed once. */
export async function reorder(ctx: Ctx, id: string, ids: string[]) {
  const { p } = await load(ctx, id, 'inspections.plans.manage');
  const cps = await repo.checkpointsOf(ctx.db, [id]);
  if (ids.length !== cps.length || new Set(ids).size !== ids.length || !ids.every((x) => cps.some((c) => c.id === x)))
    throw refused(ctx, 'plan_checkpoints_mismatch', 'checkpointIds');
  await ctx.db.transaction(async (tx) => {
    for (const [n, cid] of ids.entries()) await repo.updateCheckpoint(tx, cid, { position: n });
    await audit(tx, ctx, {
      action: 'inspection_checkpoint.reordered',
      entityType: 'inspection_plan',
      entityId: id,
      propertyId: p.propertyId,
      before: { order: cps.map((c) => c.name) },
      after: { order: ids.map((x) => cps.find((c) => c.id === x)!.name) },
    });
  });
  return getPlan(ctx, id);
}

/** The plan's checkpoints with their QR codes (SVG) to print and stick on site. */
export async function qrSheet(ctx: Ctx, id: string) {
  const plan = await getPlan(ctx, id);
  const { checkpoints, ...summary } = plan;
  return {
    plan: summary,
    checkpoints: await Promise.all(
      checkpoints.map(async (c) => ({
        id: c.id,
        position: c.position,
        name: c.name,
        location: c.location,
        qrToken: c.qrToken,
        svg: await QRCode.toString(c.qrToken, { type: 'svg', errorCorrectionLevel: 'M', margin: 1 }),
      })),
    ),
  };
}

/** Who may walk rounds in the property (the plan form's picker). */
export async function inspectors(ctx: Ctx, propertyId: string) {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, 'inspections.plans.manage');
  return { data: await repo.usersWithRoles(ctx.db, propertyId, [...PERMISSIONS['inspections.walk']]) };
}
