/**
 * The 会务服务预算表 (M13): versions (draft → submitted → approved → superseded), only a draft changes; an approved
 * version is frozen (409 budget_approved_locked: create a new version) and keeps the figures it was computed with;
 * approval needs events.approve and a drawn signature, and only the latest version is approved (409
 * budget_version_stale). Purchases are recorded against it as actual lines. Every write audited and published.
 */
import { randomUUID } from 'node:crypto';
import type { BudgetActualCreate, BudgetLinesPut, BudgetView } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import type { DbOrTx } from '../../../db/client.ts';
import { audit } from '../../audit/index.ts';
import { attachFiles } from '../../files/index.ts';
import { notify, publish } from '../../notifications/index.ts';
import { openEvent, openForChange, type OpenEvent } from '../event/event.access.ts';
import { refused } from '../events.shared.ts';
import { mainNoticeOf } from '../programme/programme.sessions.ts';
import { statementOf } from '../../meetings/index.ts';
import { actualLines, budgetAgainst, liveFigures } from './budget.compute.ts';
import { presentActual, presentVersion } from './budget.presenter.ts';
import { approveVerdict, editVerdict, totalOf } from './budget.rules.ts';
import * as repo from './budget.repository.ts';

/** Who reads the budget: the team and the approvers (403 for other staff who read the event). */
export async function openBudget(ctx: Ctx, eventId: string): Promise<OpenEvent> {
  const o = await openEvent(ctx, eventId, 'read');
  if (!o.access.work && !o.access.approve) throw errors.forbidden();
  return o;
}

const changed = (tx: DbOrTx, o: { event: { id: string; propertyId: string } }) =>
  publish(tx, { type: 'event', topic: 'event.budget', propertyId: o.event.propertyId, entity: { type: 'event', id: o.event.id } });

export async function getBudget(ctx: Ctx, eventId: string): Promise<BudgetView> {
  const { event, access } = await openBudget(ctx, eventId);
  const db = ctx.db;
  const figures = await liveFigures(db, event);
  const rows = await repo.versionsOf(db, eventId);
  const names = await repo.userNames(
    db,
    rows.map((r) => r.createdBy),
  );
  const versions = rows.map((r) => presentVersion(r, figures, names));
  const actuals = await actualLines(db, eventId);
  const v = budgetAgainst(rows, figures, actuals);
  const approved = v.approved;
  const main = await mainNoticeOf(db, eventId);
  let statement: BudgetView['statement'] = null;
  if (main) {
    const s = await statementOf(ctx, main.noticeId).catch(() => null);
    if (s) statement = { id: s.id, number: s.number, status: s.status, totalFen: s.totalFen };
  }
  const open = event.status !== 'closed' && event.status !== 'cancelled';
  return {
    eventId,
    eventName: event.name,
    eventNumber: event.number,
    hostUnit: event.hostUnit,
    startsOn: event.startsOn,
    endsOn: event.endsOn,
    figures,
    versions,
    approvedVersion: approved?.version ?? null,
    actuals: actuals.map(presentActual),
    variance: v.rows,
    totals: v.totals,
    statement,
    mainNoticeId: main?.noticeId ?? null,
    policies: {
      edit: open && access.manage,
      approve: open && access.approve,
      record: open && access.work,
      statement: access.manage,
    },
  };
}

/** A new draft: a copy of the latest version's lines as version n+1 (the first one empty). */
export async function createVersion(ctx: Ctx, eventId: string) {
  const o = await openForChange(ctx, eventId, 'manage');
  await ctx.db.transaction(async (tx) => {
    const latest = await repo.latestVersion(tx, eventId);
    if (latest?.status === 'draft') throw refused(ctx, 'budget_draft_exists');
    const row = await repo.insertVersion(tx, {
      eventId,
      propertyId: o.event.propertyId,
      version: (latest?.version ?? 0) + 1,
      lines: (latest?.lines ?? []).map((l) => ({ ...l })),
      note: null,
      totalFen: latest?.totalFen ?? 0,
      createdBy: o.actor.id,
      createdAt: ctx.now(),
      updatedAt: ctx.now(),
    });
    if (!row) throw refused(ctx, 'budget_draft_exists');
    await audit(tx, ctx, {
      action: 'event_budget.version_created',
      entityType: 'event_budget',
      entityId: row.id,
      propertyId: o.event.propertyId,
      before: null,
      after: { eventId, version: row.version, from: latest?.version ?? null, lines: row.lines.length },
    });
    await changed(tx, o);
  });
  return getBudget(ctx, eventId);
}

async function draftFor(ctx: Ctx, tx: DbOrTx, eventId: string, versionId: string) {
  const v = await repo.versionById(tx, eventId, versionId, true);
  if (!v) throw errors.notFound('budget version');
  const verdict = editVerdict(v.status);
  if (verdict) throw refused(ctx, verdict);
  return v;
}

/** The draft's lines replaced (409 budget_approved_locked on an approved one; budget_version_changed when stale). */
export async function putLines(ctx: Ctx, eventId: string, versionId: string, input: BudgetLinesPut) {
  const o = await openForChange(ctx, eventId, 'manage');
  const figures = await liveFigures(ctx.db, o.event);
  await ctx.db.transaction(async (tx) => {
    const v = await draftFor(ctx, tx, eventId, versionId);
    const lines = input.lines.map((l) => ({
      id: l.id ?? randomUUID().slice(0, 8),
      category: l.category,
      name: l.name,
      basis: l.basis,
      unitFen: l.unitFen,
      quantity: l.quantity,
      note: l.note ?? null,
    }));
    const row = await repo.updateVersion(
      tx,
      v.id,
      ['draft'],
      { lines, note: input.note ?? v.note, totalFen: totalOf(lines, figures), updatedAt: ctx.now() },
      input.rowVersion,
    );
    if (!row) throw refused(ctx, 'budget_version_changed');
    await audit(tx, ctx, {
      action: 'event_budget.lines_changed',
      entityType: 'event_budget',
      entityId: v.id,
      propertyId: o.event.propertyId,
      before: { lines: v.lines, totalFen: v.totalFen },
      after: { lines: row.lines, totalFen: row.totalFen },
    });
    await changed(tx, o);
  });
  return getBudget(ctx, eventId);
}

/** draft → submitted: the approvers hear of it. */
export async function submitVersion(ctx: Ctx, eventId: string, versionId: string) {
  const o = await openForChange(ctx, eventId, 'manage');
  const figures = await liveFigures(ctx.db, o.event);
  await ctx.db.transaction(async (tx) => {
    const v = await draftFor(ctx, tx, eventId, versionId);
    if (!v.lines.length) throw refused(ctx, 'budget_empty', 'lines');
    const totalFen = totalOf(v.lines, figures);
    const row = (await repo.updateVersion(tx, v.id, ['draft'], {
      status: 'submitted',
      totalFen,
      submittedBy: o.actor.id,
      submittedAt: ctx.now(),
      updatedAt: ctx.now(),
    }))!;
    await audit(tx, ctx, {
      action: 'event_budget.submitted',
      entityType: 'event_budget',
      entityId: v.id,
      propertyId: o.event.propertyId,
      before: { status: v.status },
      after: { status: row.status, version: row.version, totalFen },
    });
    await notify(tx, {
      propertyId: o.event.propertyId,
      roles: ['general_manager', 'project_manager'],
      kind: 'event.budget_submitted',
      message: { key: 'event.budget_submitted', params: { event: o.event.name, version: row.version, totalFen } },
      link: `/events/${eventId}?tab=budget`,
      data: { eventId, versionId: v.id },
    });
    await changed(tx, o);
  });
  return getBudget(ctx, eventId);
}

/** submitted → approved with the approver's drawn signature and the figures of the moment; the previous approved is superseded. */
export async function approveVersion(ctx: Ctx, eventId: string, versionId: string, signatureFileId: string | null) {
  const o = await openForChange(ctx, eventId, 'approve');
  if (!signatureFileId) throw refused(ctx, 'budget_signature_required', 'signatureFileId');
  const figures = await liveFigures(ctx.db, o.event);
  await ctx.db.transaction(async (tx) => {
    const v = await repo.versionById(tx, eventId, versionId, true);
    if (!v) throw errors.notFound('budget version');
    const latest = (await repo.latestVersion(tx, eventId))!;
    const verdict = approveVerdict(v, latest.version);
    if (verdict) throw refused(ctx, verdict);
    await attachFiles(tx, ctx, {
      propertyId: o.event.propertyId,
      ids: [signatureFileId],
      entity: { type: 'event', id: eventId },
      kinds: ['signature'],
      field: 'signatureFileId',
    });
    const previous = await repo.approvedVersion(tx, eventId);
    if (previous) await repo.updateVersion(tx, previous.id, ['approved'], { status: 'superseded', updatedAt: ctx.now() });
    const totalFen = totalOf(v.lines, figures);
    const row = await repo.updateVersion(tx, v.id, ['submitted'], {
      status: 'approved',
      snapshot: figures,
      totalFen,
      approvedBy: o.actor.id,
      approvedByName: o.actor.displayName,
      approvedAt: ctx.now(),
      signatureFileId,
      updatedAt: ctx.now(),
    });
    if (!row) throw refused(ctx, 'budget_not_submitted');
    await audit(tx, ctx, {
      action: 'event_budget.approved',
      entityType: 'event_budget',
      entityId: v.id,
      propertyId: o.event.propertyId,
      before: { status: v.status },
      after: { status: 'approved', version: v.version, totalFen, figures, superseded: previous?.version ?? null },
    });
    await notify(tx, {
      propertyId: o.event.propertyId,
      userIds: [o.event.ownerId, ...(v.submittedBy ? [v.submittedBy] : [])],
      kind: 'event.budget_approved',
      message: { key: 'event.budget_approved', params: { event: o.event.name, version: v.version, totalFen } },
      link: `/events/${eventId}?tab=budget`,
      data: { eventId, versionId: v.id },
    });
    await changed(tx, o);
  });
  return getBudget(ctx, eventId);
}

/** A purchase or invoice recorded as an actual line. */
export async function addActual(ctx: Ctx, eventId: string, input: BudgetActualCreate) {
  const o = await openForChange(ctx, eventId, 'work');
  await ctx.db.transaction(async (tx) => {
    const row = await repo.insertActual(tx, {
      eventId,
      propertyId: o.event.propertyId,
      category: input.category,
      name: input.name,
      amountFen: input.amountFen,
      invoiceRef: input.invoiceRef ?? null,
      spentOn: input.spentOn,
      createdBy: o.actor.id,
      createdAt: ctx.now(),
    });
    await audit(tx, ctx, {
      action: 'event_budget.actual_added',
      entityType: 'event_budget_actual',
      entityId: row.id,
      propertyId: o.event.propertyId,
      before: null,
      after: row,
    });
    await changed(tx, o);
  });
  return getBudget(ctx, eventId);
}

export async function removeActual(ctx: Ctx, eventId: string, actualId: string) {
  const o = await openForChange(ctx, eventId, 'work');
  await ctx.db.transaction(async (tx) => {
    const row = await repo.deleteActual(tx, eventId, actualId);
    if (!row) throw errors.notFound('actual line');
    await audit(tx, ctx, {
      action: 'event_budget.actual_removed',
      entityType: 'event_budget_actual',
      entityId: row.id,
      propertyId: o.event.propertyId,
      before: row,
      after: null,
    });
    await changed(tx, o);
  });
  return getBudget(ctx, eventId);
}
