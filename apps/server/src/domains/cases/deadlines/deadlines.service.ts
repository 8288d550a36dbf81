/**
 * Deadlines (S4): waiting for the customer pauses the resolve timer (the paused working time shifts
 * the deadline), and going over needs the approver's extension — the apology recorded first.
 */
import type { Ctx } from '../../../lib/context.ts';
import { rolesIn } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { assertNotClosed, getCase, handle, loadCase, transition } from '../case/case.service.ts';
import { saveCase } from '../case/case.timeline.ts';
import { extensionRefusal, pausedWorkingMinutes } from './deadlines.rules.ts';
import { deadlinesOf, slaEnv } from './sla-policy.ts';

export async function pause(ctx: Ctx, id: string, input: { reason: string }) {
  return handle(ctx, id, async (tx, c) => {
    await saveCase(
      tx,
      ctx,
      c,
      { ...transition(ctx, c, 'waiting_customer'), resumeStatus: c.status, pausedAt: ctx.now() },
      { kind: 'paused', note: input.reason },
    );
  });
}

export async function resume(ctx: Ctx, id: string, input: { note?: string | null }) {
  return handle(ctx, id, async (tx, c) => {
    if (c.status !== 'waiting_customer' || !c.pausedAt)
      throw errors.rule('invalid_transition', say(ctx, '案件未暂停', 'The case is not paused'), { from: c.status });
    const env = await slaEnv(tx, c.propertyId);
    const minutes = pausedWorkingMinutes(env.cal, c.pausedAt, ctx.now());
    const next = { ...c, pausedTotalMinutes: c.pausedTotalMinutes + minutes };
    await saveCase(
      tx,
      ctx,
      c,
      {
        status: c.resumeStatus ?? 'open',
        resumeStatus: null,
        pausedAt: null,
        pausedTotalMinutes: next.pausedTotalMinutes,
        resolveDueAt: deadlinesOf(env, next).resolveDueAt,
      },
      { kind: 'resumed', note: input.note, data: { pausedWorkingMinutes: minutes } },
    );
  });
}

export async function extend(ctx: Ctx, id: string, input: { resolveDueAt: Date; reason: string }) {
  const { actor, c } = await loadCase(ctx, id);
  assertNotClosed(ctx, c);
  const refusal = extensionRefusal({
    kind: c.kind,
    severity: c.severity,
    actorRoles: rolesIn(actor, c.propertyId),
    apologyRecorded: !!c.apologyRecordedAt,
    currentDue: c.resolveDueAt,
    newDue: input.resolveDueAt,
  });
  if (refusal === 'not_entitled') {
    throw errors.forbidden(
      say(
        ctx,
        c.severity === 'general' ? '一般投诉超时需项目经理批准' : '重要及重大投诉超时需总经理批准',
        c.severity === 'general'
          ? 'Extending a general case needs the project manager'
          : 'Extending an important or major case needs the general manager',
      ),
    );
  }
  if (refusal === 'apology_required')
    throw errors.rule('apology_required', say(ctx, '延期前须先记录致歉', 'Record the apology before extending'));
  if (refusal === 'not_later')
    throw errors.rule(
      'extension_not_later',
      say(ctx, '新期限须晚于当前期限', 'The new due must be later than the current one'),
      undefined,
      [{ path: 'resolveDueAt', message: say(ctx, '须晚于当前期限', 'must be later') }],
    );
  await ctx.db.transaction(async (tx) => {
    await saveCase(
      tx,
      ctx,
      c,
      { extendedTo: input.resolveDueAt, extendedPausedMinutes: c.pausedTotalMinutes, resolveDueAt: input.resolveDueAt },
      { kind: 'extended', note: input.reason, data: { from: c.resolveDueAt.toISOString(), to: input.resolveDueAt.toISOString() } },
    );
  });
  return getCase(ctx, id);
}
