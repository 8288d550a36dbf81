/**
 * Knowledge base (S12), retention, archive and search (S11), and the tenant's rating on the portal (S7).
 * Nothing here deletes: KB entries and cases are archived, and archived records stay searchable.
 */
import { MIN_REPAIR_RETENTION_YEARS, type CaseRetention } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, can, memberProperties, propertiesWith, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import type { Db, DbOrTx } from '../../../db/client.ts';
import { audit } from '../../audit/audit.service.ts';
import { notify } from '../../notifications/notifications.service.ts';
import * as casesRepo from '../case/case.repository.ts';
import * as repo from '../supervision/supervision.repository.ts';
import { assertVisible, isReporter } from '../case/case.policy.ts';
import { present } from '../case/case.service.ts';
import { archiveCutoffs, retentionOf } from '../supervision/supervision.rules.ts';
import type { KbCreateInput, KbPatchInput, SearchInput } from '../supervision/supervision.schema.ts';

const tr = (ctx: Ctx, zh: string, en: string) => (ctx.locale === 'en-US' ? en : zh);

// ---------- S7: the tenant rates a finished case ----------

export async function rateCase(ctx: Ctx, id: string, input: { satisfied: boolean; rating: number; comment?: string | null }) {
  const actor = requireActor(ctx);
  const c = await casesRepo.findCase(ctx.db, id);
  if (!c) throw errors.notFound('case');
  assertVisible(actor, c);
  if (!isReporter(actor, c) || !can(actor, c.propertyId, 'cases.report')) throw errors.forbidden();
  if (c.status !== 'resolved' && c.status !== 'closed') throw errors.rule('rating_not_due', tr(ctx, '案件处理完成后才能评价', 'Rate the case after it is resolved'), { status: c.status });
  if (await repo.ratingsBy(ctx.db, c.id, actor.id)) throw new AppError('already_rated', 409, tr(ctx, '您已评价过该案件', 'Already rated'));
  const now = ctx.now();
  const cb = await ctx.db.transaction(async (tx) => {
    // Recorded in the callback register; dissatisfaction alerts the supervisor, whose callback decides on reopening.
    const cb = await casesRepo.insertCallback(tx, {
      propertyId: c.propertyId, caseId: c.id, byId: actor.id, at: now, satisfiedResult: input.satisfied, courtesyRating: input.rating,
      attitudeRating: input.rating, comment: input.comment ?? null, reopened: false, source: 'tenant',
    });
    await casesRepo.insertEvent(tx, { propertyId: c.propertyId, caseId: c.id, kind: 'tenant_rating', actorId: actor.id, actorName: actor.displayName, note: input.comment ?? null, data: { satisfied: input.satisfied, rating: input.rating }, at: now });
    await audit(tx, ctx, { action: 'case.rated', entityType: 'case', entityId: c.id, propertyId: c.propertyId, before: null, after: cb });
    if (!input.satisfied || input.rating <= 2) {
      await notify(tx, { propertyId: c.propertyId, roles: ['cs_supervisor'], kind: 'case.tenant_dissatisfied', severity: 'warning', title: `业户评价不满意 ${c.number}`, body: input.comment ?? undefined, link: `/cases/${c.id}`, data: { caseId: c.id } });
    }
    return cb;
  });
  return present(cb);
}

// ---------- S11: retention settings, archive, search ----------

export async function getRetention(ctx: Ctx, q: { propertyId: string }) {
  authorize(requireActor(ctx), q.propertyId, 'cases.read');
  return { propertyId: q.propertyId, ...retentionOf(await casesRepo.propertySettings(ctx.db, q.propertyId)), minimumRepairYears: MIN_REPAIR_RETENTION_YEARS };
}

export async function setRetention(ctx: Ctx, b: { propertyId: string } & CaseRetention) {
  authorize(requireActor(ctx), b.propertyId, 'settings.manage');
  if (b.repairYears < MIN_REPAIR_RETENTION_YEARS) {
    throw errors.rule('retention_too_short', tr(ctx, '报修记录至少保存一年', 'Repair records are kept at least one year'), { minimum: MIN_REPAIR_RETENTION_YEARS },
      [{ path: 'repairYears', message: tr(ctx, `不得少于 ${MIN_REPAIR_RETENTION_YEARS} 年`, `At least ${MIN_REPAIR_RETENTION_YEARS} year`), code: 'too_small' }]);
  }
  await ctx.db.transaction(async (tx) => {
    const before = retentionOf(await casesRepo.propertySettings(tx, b.propertyId));
    const after = { repairYears: b.repairYears, complaintYears: b.complaintYears };
    await repo.setPropertySetting(tx, b.propertyId, 'caseRetention', after, ctx.now());
    await audit(tx, ctx, { action: 'property.case_retention', entityType: 'property', entityId: b.propertyId, propertyId: b.propertyId, before: { ...before }, after });
  });
  return getRetention(ctx, b);
}

const ARCHIVE_BATCH = 1000;

/** Marks closed cases past their retention archived, in batches; safe to run concurrently (SKIP LOCKED). */
export async function archiveProperty(db: Db, ctx: Ctx, propertyId: string, now: Date) {
  const cut = archiveCutoffs(retentionOf(await casesRepo.propertySettings(db, propertyId)), now);
  let archived = 0;
  for (const kind of ['repair', 'complaint'] as const) {
    const cutoff = cut[kind];
    if (!cutoff) continue;
    for (;;) {
      const n = await db.transaction(async (tx) => {
        const ids = await repo.archiveClosed(tx, propertyId, kind, cutoff, now, ARCHIVE_BATCH);
        if (ids.length) await audit(tx, ctx, { action: 'case.archived', entityType: 'case', entityId: `${propertyId}:${kind}`, propertyId, meta: { count: ids.length, cutoff: cutoff.toISOString(), ids: ids.slice(0, 100) } });
        return ids.length;
      });
      archived += n;
      if (n < ARCHIVE_BATCH) break;
    }
  }
  return archived;
}

export async function archiveRun(ctx: Ctx, b: { propertyId?: string }) {
  const actor = requireActor(ctx);
  if (b.propertyId) authorize(actor, b.propertyId, 'cases.archive');
  const pids = b.propertyId ? [b.propertyId] : propertiesWith(actor, 'cases.archive');
  if (!pids.length) throw errors.forbidden();
  const result: Record<string, number> = {};
  for (const p of pids) result[p] = await archiveProperty(ctx.db, ctx, p, ctx.now());
  return { archived: result, total: Object.values(result).reduce((a, n) => a + n, 0) };
}

/** Staff search their properties (archived too on request); tenants search their own cases. */
export async function searchCases(ctx: Ctx, q: SearchInput) {
  const actor = requireActor(ctx);
  if (q.propertyId && !memberProperties(actor).includes(q.propertyId)) throw errors.notFound('property');
  const pick = (ids: string[]) => ids.filter((p) => !q.propertyId || p === q.propertyId);
  const full = pick(propertiesWith(actor, 'cases.read'));
  const own = pick(propertiesWith(actor, 'cases.report')).filter((p) => !full.includes(p));
  if (!full.length && !own.length) throw errors.forbidden();
  let after: { createdAt: Date; id: string } | undefined;
  if (q.cursor) {
    const [at, id] = q.cursor.split('|');
    const d = new Date(at ?? '');
    if (!id || Number.isNaN(d.getTime())) throw errors.field('cursor', 'invalid cursor');
    after = { createdAt: d, id };
  }
  const rows = await repo.searchCases(ctx.db, {
    propertyIds: full.length ? full : own, reporterId: full.length ? undefined : actor.id, number: q.number, unit: q.unit, person: q.person, text: q.text,
    from: q.from, to: q.to, includeArchived: q.includeArchived, limit: q.limit + 1, after,
  });
  const page = rows.slice(0, q.limit);
  const last = page[page.length - 1];
  return {
    data: page.map((r) => ({ ...present(r.c), unitCode: r.unitCode, archived: !!r.c.archivedAt })),
    nextCursor: rows.length > q.limit && last ? `${last.c.createdAt.toISOString()}|${last.c.id}` : null,
  };
}

// ---------- S12: knowledge base ----------

const presentKb = (e: repo.KbRow, uses?: number) => ({ ...present(e), ...(uses !== undefined ? { uses } : {}) });
/** Tenants see the FAQ only: no editor, no version. */
const presentFaq = (e: repo.KbRow) => ({ id: e.id, category: e.category, question: e.question, answer: e.answer, updatedAt: e.updatedAt.toISOString() });

async function loadKb(ctx: Ctx, id: string, permission: 'kb.read' | 'kb.manage') {
  const actor = requireActor(ctx);
  const e = await repo.findKb(ctx.db, id);
  if (!e || !memberProperties(actor).includes(e.propertyId) || !can(actor, e.propertyId, 'kb.read')) throw errors.notFound('knowledge entry');
  if (!can(actor, e.propertyId, permission)) throw errors.forbidden();
  return { actor, e };
}

export async function createKb(ctx: Ctx, input: KbCreateInput) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'kb.manage');
  return ctx.db.transaction(async (tx) => {
    const now = ctx.now();
    const e = await repo.insertKb(tx, { ...input, updatedBy: actor.id, updatedAt: now, createdAt: now });
    await audit(tx, ctx, { action: 'kb_entry.created', entityType: 'kb_entry', entityId: e.id, propertyId: e.propertyId, before: null, after: e });
    return presentKb(e);
  });
}

export async function getKb(ctx: Ctx, id: string) {
  const { e } = await loadKb(ctx, id, 'kb.read');
  return { ...presentKb(e), usedBy: await repo.usesOfKb(ctx.db, id, 50) };
}

async function changeKb(ctx: Ctx, id: string, version: number, patch: Partial<repo.KbRow>, action: string) {
  const { actor, e } = await loadKb(ctx, id, 'kb.manage');
  if (e.archivedAt) throw errors.conflict(tr(ctx, '条目已归档', 'The entry is archived'));
  return ctx.db.transaction(async (tx) => {
    const u = await repo.updateKb(tx, id, version, { ...patch, updatedBy: actor.id, updatedAt: ctx.now() });
    if (!u) throw errors.conflict(tr(ctx, '条目已被他人修改，请刷新后重试', 'The entry changed meanwhile; reload and retry'));
    await audit(tx, ctx, { action: `kb_entry.${action}`, entityType: 'kb_entry', entityId: id, propertyId: e.propertyId, before: e, after: u });
    return presentKb(u);
  });
}

export const updateKb = (ctx: Ctx, id: string, input: KbPatchInput) => {
  const { version, ...patch } = input;
  return changeKb(ctx, id, version, Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)), 'updated');
};
/** Retires an entry (kept for the cases that used it). */
export const archiveKb = (ctx: Ctx, id: string, input: { version: number }) => changeKb(ctx, id, input.version, { archivedAt: ctx.now() }, 'archived');

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
  if (!e || e.propertyId !== propertyId) throw errors.field('entryId', tr(ctx, '知识库条目不存在', 'Unknown knowledge entry'), 'unknown_entry');
  return e;
}

export async function linkCase(ctx: Ctx, caseId: string, input: { entryId: string }) {
  const actor = requireActor(ctx);
  const c = await casesRepo.findCase(ctx.db, caseId);
  if (!c) throw errors.notFound('case');
  assertVisible(actor, c);
  if (!can(actor, c.propertyId, 'cases.intake') || !can(actor, c.propertyId, 'kb.read')) throw errors.forbidden();
  const e = await entryIn(ctx.db, c.propertyId, input.entryId, ctx);
  await ctx.db.transaction(async (tx) => {
    if (!(await repo.linkCaseKb(tx, c.id, e.id, actor.id, ctx.now()))) return;
    await casesRepo.insertEvent(tx, { propertyId: c.propertyId, caseId: c.id, kind: 'kb_linked', actorId: actor.id, actorName: actor.displayName, data: { entryId: e.id, question: e.question }, at: ctx.now() });
    await audit(tx, ctx, { action: 'case.kb_linked', entityType: 'case', entityId: c.id, propertyId: c.propertyId, meta: { entryId: e.id } });
  });
  return { data: (await repo.kbOfCase(ctx.db, c.id)).map(present) };
}

export async function kbOfCase(ctx: Ctx, caseId: string) {
  const actor = requireActor(ctx);
  const c = await casesRepo.findCase(ctx.db, caseId);
  if (!c) throw errors.notFound('case');
  assertVisible(actor, c);
  if (!can(actor, c.propertyId, 'kb.read')) throw errors.forbidden();
  return { data: (await repo.kbOfCase(ctx.db, c.id)).map(present) };
}

export async function linkConsultation(ctx: Ctx, consultationId: string, input: { entryId: string }) {
  const actor = requireActor(ctx);
  const q = await repo.findConsultation(ctx.db, consultationId);
  if (!q || !can(actor, q.propertyId, 'cases.read')) throw errors.notFound('consultation');
  if (!can(actor, q.propertyId, 'cases.intake')) throw errors.forbidden();
  const e = await entryIn(ctx.db, q.propertyId, input.entryId, ctx);
  await ctx.db.transaction(async (tx) => {
    if (await repo.linkConsultationKb(tx, q.id, e.id, actor.id, ctx.now())) {
      await audit(tx, ctx, { action: 'consultation.kb_linked', entityType: 'consultation', entityId: q.id, propertyId: q.propertyId, meta: { entryId: e.id } });
    }
  });
  return { consultationId: q.id, entryId: e.id, linked: true };
}
