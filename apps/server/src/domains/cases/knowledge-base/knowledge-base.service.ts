/**
 * Knowledge base (S12, 统一解释口径): standard answers and courtesy phrases that staff search while
 * taking a call, the tenants' public FAQ, and the cases and consultations that used an entry. Entries
 * are retired (archived), never deleted.
 */
import type { Ctx } from '../../../lib/context.ts';
import { authorize, can, memberProperties, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { audit } from '../../audit/index.ts';
import * as caseRepo from '../case/case.repository.ts';
import { assertVisible } from '../case/case.policy.ts';
import * as repo from './knowledge-base.repository.ts';
import { presentFaq, presentKb, presentKbLink } from './knowledge-base.presenter.ts';
import type { KbCreateInput, KbPatchInput } from './knowledge-base.schema.ts';

async function loadKb(ctx: Ctx, id: string, permission: 'kb.read' | 'kb.manage') {
  const actor = requireActor(ctx);
  const e = await repo.findKb(ctx.db, id);
  if (!e || !memberProperties(actor).includes(e.propertyId) || !can(actor, e.propertyId, 'kb.read'))
    throw errors.notFound('knowledge entry');
  if (!can(actor, e.propertyId, permission)) throw errors.forbidden();
  return { actor, e };
}

export async function createKb(ctx: Ctx, input: KbCreateInput) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'kb.manage');
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const e = await repo.insertKb(tx, { ...input, updatedBy: actor.id, updatedAt: now, createdAt: now });
    await audit(tx, ctx, {
      action: 'kb_entry.created',
      entityType: 'kb_entry',
      entityId: e.id,
      propertyId: e.propertyId,
      before: null,
      after: e,
    });
    return presentKb(e);
  });
}

export async function getKb(ctx: Ctx, id: string) {
  const { e } = await loadKb(ctx, id, 'kb.read');
  return { ...presentKb(e), usedBy: await repo.usesOfKb(ctx.db, id, 50) };
}

async function changeKb(ctx: Ctx, id: string, version: number, patch: Partial<repo.KbRow>, action: string) {
  const { actor, e } = await loadKb(ctx, id, 'kb.manage');
  if (e.archivedAt) throw errors.conflict(say(ctx, '条目已归档', 'The entry is archived'));
  return ctx.db.transaction(async (tx) => {
    const u = await repo.updateKb(tx, id, version, { ...patch, updatedBy: actor.id, updatedAt: ctx.now() });
    if (!u) throw errors.conflict(say(ctx, '条目已被他人修改，请刷新后重试', 'The entry changed meanwhile; reload and retry'));
    await audit(tx, ctx, {
      action: `kb_entry.${action}`,
      entityType: 'kb_entry',
      entityId: id,
      propertyId: e.propertyId,
      before: e,
      after: u,
    });
    return presentKb(u);
  });
}

export const updateKb = (ctx: Ctx, id: string, input: KbPatchInput) => {
  const { version, ...patch } = input;
  return changeKb(ctx, id, version, Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)), 'updated');
};
/** Retires an entry (kept for the cases that used it). */
export const archiveKb = (ctx: Ctx, id: string, input: { version: number }) =>
  changeKb(ctx, id, input.version, { archivedAt: ctx.now() }, 'archived');

/** While taking a call: standard answers and courtesy phrases, question hits first. */
export async function searchKb(ctx: Ctx, q: { propertyId: string; q?: string; category?: string; courtesy?: boolean; limit: number }) {
  authorize(requireActor(ctx), q.propertyId, 'kb.read');
  const rows = await repo.searchKb(ctx.db, q);
  return { data: rows.map((r) => presentKb(r.e, Number(r.uses))) };
}

/** Tenants' FAQ: public entries only. */
export async function faq(ctx: Ctx, q: { propertyId: string; q?: string }) {
  authorize(requireActor(ctx), q.propertyId, 'kb.faq');
  const rows = await repo.searchKb(ctx.db, { propertyId: q.propertyId, q: q.q, courtesy: false, publicOnly: true, limit: 200 });
  return { data: rows.map((r) => presentFaq(r.e)) };
}

async function entryIn(db: DbOrTx, propertyId: string, entryId: string, ctx: Ctx) {
  const e = await repo.findKb(db, entryId);
  if (!e || e.propertyId !== propertyId)
    throw errors.field('entryId', say(ctx, '知识库条目不存在', 'Unknown knowledge entry'), 'unknown_entry');
  return e;
}

export async function linkCase(ctx: Ctx, caseId: string, input: { entryId: string }) {
  const actor = requireActor(ctx);
  const c = await caseRepo.findCase(ctx.db, caseId);
  if (!c) throw errors.notFound('case');
  assertVisible(actor, c);
  if (!can(actor, c.propertyId, 'cases.intake') || !can(actor, c.propertyId, 'kb.read')) throw errors.forbidden();
  const e = await entryIn(ctx.db, c.propertyId, input.entryId, ctx);
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.linkCaseKb(tx, c.id, e.id, actor.id, ctx.now()))) return;
    await caseRepo.insertEvent(tx, {
      propertyId: c.propertyId,
      caseId: c.id,
      kind: 'kb_linked',
      actorId: actor.id,
      actorName: actor.displayName,
      data: { entryId: e.id, question: e.question },
      at: ctx.now(),
    });
    await audit(tx, ctx, {
      action: 'case.kb_linked',
      entityType: 'case',
      entityId: c.id,
      propertyId: c.propertyId,
      meta: { entryId: e.id },
    });
  });
  return { data: (await repo.kbOfCase(ctx.db, c.id)).map(presentKbLink) };
}

export async function kbOfCase(ctx: Ctx, caseId: string) {
  const actor = requireActor(ctx);
  const c = await caseRepo.findCase(ctx.db, caseId);
  if (!c) throw errors.notFound('case');
  assertVisible(actor, c);
  if (!can(actor, c.propertyId, 'kb.read')) throw errors.forbidden();
  return { data: (await repo.kbOfCase(ctx.db, c.id)).map(presentKbLink) };
}

export async function linkConsultation(ctx: Ctx, consultationId: string, input: { entryId: string }) {
  const actor = requireActor(ctx);
  const q = await repo.findConsultation(ctx.db, consultationId);
  if (!q || !can(actor, q.propertyId, 'cases.read')) throw errors.notFound('consultation');
  if (!can(actor, q.propertyId, 'cases.intake')) throw errors.forbidden();
  const e = await entryIn(ctx.db, q.propertyId, input.entryId, ctx);
  await ctx.db.transaction(async (tx) => {
    if (await repo.linkConsultationKb(tx, q.id, e.id, actor.id, ctx.now())) {
      await audit(tx, ctx, {
        action: 'consultation.kb_linked',
        entityType: 'consultation',
        entityId: q.id,
        propertyId: q.propertyId,
        meta: { entryId: e.id },
      });
    }
  });
  return { consultationId: q.id, entryId: e.id, linked: true as const };
}
