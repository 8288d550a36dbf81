/**
 * Patrol findings (T2): housekeeping fixes cleaning, greenery and pest findings and the inspector re-inspects
 * until one passes (each re-inspection recorded; a failure sends the finding back); repair and safety findings
 * open one repair case with its work order through the service desk, and the inspector verifies and signs the
 * finished repair. Every step is one transaction with its audit event; a step from the wrong state is refused.
 */
import type { FindingQuery } from '@hy/contracts';
import { FINDINGS_ERROR_CODES } from '@hy/contracts';
import type { Tx } from '../../../db/client.ts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, can, memberProperties, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { cursorOf, page } from '../../../lib/paging.ts';
import { dayPeriod } from '../../../lib/periods.ts';
import { audit } from '../../audit/index.ts';
import { loadWorkCalendar } from '../../calendar/index.ts';
import { openSourcedRepair, SourceTaken } from '../../cases/index.ts';
import { attachFiles, fileRefs } from '../../files/index.ts';
import { notify, publish } from '../../notifications/index.ts';
import * as repo from './findings.repository.ts';
import type { FindingRow, FindingView } from './findings.repository.ts';
import { presentFinding, presentSummary } from './findings.presenter.ts';
import { afterReinspection, stepRefusal, type FindingStepName, type Refusal } from './findings.rules.ts';

export const refused = (ctx: Ctx, code: Refusal | string, extra?: Record<string, unknown>) => {
  const e = FINDINGS_ERROR_CODES[code]!;
  return new AppError(code, e.status, say(ctx, e.zh, e.en), undefined, extra);
};

const live = (tx: Tx, f: { propertyId: string; id: string }, topic: string) =>
  publish(tx, { type: 'event', topic, propertyId: f.propertyId, entity: { type: 'inspection_finding', id: f.id } });

/** The finding as its reader may see it (404 for another property or without inspections.read). */
async function load(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const f = await repo.findView(ctx.db, id);
  if (!f || !memberProperties(actor).includes(f.propertyId) || !can(actor, f.propertyId, 'inspections.read'))
    throw errors.notFound('finding');
  return { actor, f };
}

export async function getFinding(ctx: Ctx, id: string) {
  const { actor, f } = await load(ctx, id);
  return presentFinding(ctx.db, actor, f, await repo.stepsOf(ctx.db, id));
}

export async function listFindings(ctx: Ctx, q: FindingQuery) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'inspections.read');
  const tz = (await loadWorkCalendar(ctx.db, q.propertyId)).timeZone;
  const after = cursorOf(q, 2) as [string, string] | null;
  const rows = await repo.listViews(ctx.db, {
    ...q,
    from: q.from ? dayPeriod(q.from, tz)?.from : undefined,
    to: q.to ? dayPeriod(q.to, tz)?.to : undefined,
    after,
    limit: q.limit + 1,
  });
  return page(
    rows,
    q.limit,
    (r) => [r.foundAt.toISOString(), r.id],
    (r) => presentSummary(actor, r),
  );
}

/** One step: permission, the rule, then `write` in one transaction with the step row and the audit event. */
async function step(
  ctx: Ctx,
  id: string,
  name: FindingStepName,
  permission: 'inspections.walk' | 'inspections.findings.fix',
  write: (
    tx: Tx,
    f: FindingView,
    now: Date,
  ) => Promise<{ row: FindingRow | null; note?: string | null; outcome?: 'pass' | 'fail'; photoIds?: string[] }>,
) {
  const { actor, f } = await load(ctx, id);
  if (!can(actor, f.propertyId, permission)) throw errors.forbidden();
  // Housekeeping does not re-inspect its own fixes.
  if (name === 'reinspect' && can(actor, f.propertyId, 'inspections.findings.fix')) throw errors.forbidden();
  const why = stepRefusal(f, name);
  if (why) throw refused(ctx, why);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const done = await write(tx, f, now);
    if (!done.row) {
      const cur = await repo.findView(tx, id);
      throw refused(ctx, (cur && stepRefusal(cur, name)) ?? 'finding_state');
    }
    const s = await repo.insertStep(tx, {
      findingId: id,
      propertyId: f.propertyId,
      kind: name,
      outcome: done.outcome ?? null,
      note: done.note ?? null,
      photoFileIds: done.photoIds ?? [],
      at: now,
      byUser: actor.id,
      byName: actor.displayName,
    });
    if (done.photoIds?.length)
      await attachFiles(tx, ctx, {
        propertyId: f.propertyId,
        ids: done.photoIds,
        entity: { type: 'inspection_finding', id },
        kinds: ['photo'],
        field: 'photoIds',
      });
    await audit(tx, ctx, {
      action: `inspection_finding.${name}`,
      entityType: 'inspection_finding',
      entityId: id,
      propertyId: f.propertyId,
      before: { state: f.state, caseId: f.caseId },
      after: { state: done.row.state, caseId: done.row.caseId, step: s },
    });
    await live(tx, f, `inspection_finding.${name}`);
  });
  return getFinding(ctx, id);
}

const message = (f: FindingView, note: string | null) => ({ checkpoint: f.checkpointName, item: f.title, note });

/** Housekeeping's fix (note + photo): the inspector is told to re-inspect. */
export const fix = (ctx: Ctx, id: string, b: { note?: string | null; photoIds: string[] }) =>
  step(ctx, id, 'fix', 'inspections.findings.fix', async (tx, f, now) => {
    const row = await repo.updateFinding(tx, id, ['open'], { state: 'fixed' }, now);
    if (row)
      await notify(tx, {
        propertyId: f.propertyId,
        userIds: [f.foundBy],
        kind: 'inspection.finding_fixed',
        message: { key: 'inspection.finding_fixed', params: message(f, b.note ?? null) },
        link: `/inspections/findings/${id}`,
      });
    return { row, note: b.note, photoIds: b.photoIds };
  });

/** The inspector's re-inspection: a pass closes the finding, a failure sends it back to housekeeping. */
export const reinspect = (ctx: Ctx, id: string, b: { outcome: 'pass' | 'fail'; note?: string | null; photoIds: string[] }) =>
  step(ctx, id, 'reinspect', 'inspections.walk', async (tx, f, now) => {
    const to = afterReinspection(b.outcome);
    const row = await repo.updateFinding(tx, id, ['fixed'], { state: to, closedAt: to === 'closed' ? now : null }, now);
    if (row && b.outcome === 'fail')
      await notify(tx, {
        propertyId: f.propertyId,
        roles: ['housekeeping_supervisor'],
        kind: 'inspection.finding_failed_again',
        severity: 'warning',
        message: { key: 'inspection.finding_failed_again', params: message(f, b.note ?? null) },
        link: `/inspections/findings/${id}`,
      });
    return { row, note: b.note, outcome: b.outcome, photoIds: b.photoIds };
  });

/** Closes a finding that goes nowhere (the inspector's own); housekeeping ones close only by a passing re-inspection. */
export const close = (ctx: Ctx, id: string, b: { note?: string | null }) =>
  step(ctx, id, 'close', 'inspections.walk', async (tx, _f, now) => ({
    row: await repo.updateFinding(tx, id, ['open'], { state: 'closed', closedAt: now }, now),
    note: b.note,
  }));

/**
 * Sends a repair or safety finding to the service desk: a repair case on channel 'patrol' whose source is the
 * finding (one case per finding: 409 finding_case_exists), with its work order when the inspector may dispatch.
 * A safety finding marked urgent opens the emergency path (the managers are told at once).
 */
export async function repair(ctx: Ctx, id: string, b: { content?: string | null; urgent: boolean }) {
  try {
    return await step(ctx, id, 'repair', 'inspections.walk', async (tx, f, now) => {
      const row = await repo.updateFinding(tx, id, ['open'], { state: 'in_repair', sentToRepairAt: now, urgent: b.urgent }, now);
      if (!row) return { row };
      const actor = requireActor(ctx);
      const { caseId } = await openSourcedRepair(tx, ctx, {
        propertyId: f.propertyId,
        source: { kind: 'inspection_finding', id, label: `${f.planName} ${f.dueDate} / ${f.checkpointName}` },
        content: b.content?.trim() || `${f.checkpointName}：${f.title}${f.note ? `（${f.note}）` : ''}`,
        location: f.location ?? f.checkpointName,
        contactName: actor.displayName,
        emergency: f.category === 'safety' && b.urgent,
      });
      return { row: await repo.updateFinding(tx, id, ['in_repair'], { caseId }, now), note: b.content };
    });
  } catch (e) {
    if (e instanceof SourceTaken) throw refused(ctx, 'finding_case_exists');
    throw e;
  }
}

/** The inspector verifies the finished repair and signs (drawn first through POST /signatures): the finding closes. */
export const verify = (ctx: Ctx, id: string, b: { signatureId: string; note?: string | null }) =>
  step(ctx, id, 'verify', 'inspections.walk', async (tx, f, now) => {
    const actor = requireActor(ctx);
    await attachFiles(tx, ctx, {
      propertyId: f.propertyId,
      ids: [b.signatureId],
      entity: { type: 'inspection_finding', id },
      kinds: ['signature'],
      field: 'signatureId',
    });
    const [drawn] = await fileRefs(tx, [b.signatureId]);
    const row = await repo.updateFinding(
      tx,
      id,
      ['in_repair'],
      {
        state: 'closed',
        closedAt: now,
        verifiedAt: now,
        verifiedBy: actor.id,
        verifiedByName: drawn?.signerName ?? actor.displayName,
        signatureFileId: b.signatureId,
      },
      now,
    );
    return { row, note: b.note };
  });
