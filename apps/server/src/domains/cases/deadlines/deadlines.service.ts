/**
 * Deadlines (S4): waiting for the customer pauses the resolve timer (the paused working time shifts
 * the deadline), and going over needs the approver's extension — the apology recorded first.
 */
import { ROLE_LABELS } from '@hy/contracts';
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

const SEVERITY_ZH = { general: '一般', important: '重要', major: '重大' } as const;

export async function extend(ctx: Ctx, id: string, input: { resolveDueAt: Date; reason: string }) {
  const { actor, c } = await loadCase(ctx, id);
  assertNotClosed(ctx, c);
  const { policy } = await slaEnv(ctx.db, c.propertyId);
  const refusal = extensionRefusal({
    kind: c.kind,
    severity: c.severity,
    approvers: policy.extensionApprovers,
    actorRoles: rolesIn(actor, c.propertyId),
    apologyRecorded: !!c.apologyRecordedAt,
    currentDue: c.resolveDueAt,
    newDue: input.resolveDueAt,
  });
  if (refusal === 'not_entitled') {
    const who = policy.extensionApprovers[c.severity];
    throw errors.forbidden(
      say(
        ctx,
        `${SEVERITY_ZH[c.severity]}案件超时需${who.map((r) => ROLE_LABELS[r].zh).join('或')}批准`,
        `Extending a ${c.severity} case needs the ${who.map((r) => ROLE_LABELS[r].en.toLowerCase()).join(' or ')}`,
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
