/**
 * Classification (S2): kind, complaint nature, content, severity and emergency, which set the
 * deadlines (S4). An emergency stays pinned on the case list until a manager signs it off.
 */
import type { Ctx } from '../../../lib/context.ts';
import { requireActor, can, authorize } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import * as caseRepo from '../case/case.repository.ts';
import type { CaseRow } from '../case/case.repository.ts';
import { assertNotClosed, getCase, handle, loadCase, presentCases } from '../case/case.service.ts';
import { recordChange, saveCase } from '../case/case.timeline.ts';
import { deadlinesOf, slaEnv } from '../deadlines/sla-policy.ts';
import * as repo from './classification.repository.ts';
import { emergencyPinPatch, signOffRefusal } from './classification.rules.ts';
import { notifyEmergency } from './classification.notices.ts';
import type { ClassifyInput } from './classification.schema.ts';

export async function classify(ctx: Ctx, id: string, input: ClassifyInput) {
  return handle(ctx, id, async (tx, c, actor) => {
    assertNotClosed(ctx, c);
    const { note, version, ...fields } = input;
    // An emergency not yet signed off stays pinned: only a manager may declare it no emergency.
    if (c.emergency && !c.emergencySignedOffAt && fields.emergency === false && !can(actor, c.propertyId, 'cases.supervise')) {
      throw errors.forbidden(say(ctx, '紧急事件须由主管签认或改判', 'Only a manager may sign off or lift an emergency'));
    }
    const changedFields = Object.fromEntries(
      Object.entries(fields).filter(([k, v]) => v !== undefined && v !== (c as Record<string, unknown>)[k]),
    );
    const next = { ...c, ...changedFields } as CaseRow;
    if (next.natureType && next.nature !== 'communicative')
      throw errors.field('natureType', say(ctx, '仅沟通性投诉可选类型', 'Only communicative complaints have a type'));
    const due = deadlinesOf(await slaEnv(tx, c.propertyId), next);
    // becoming an emergency (again) starts a new pin: an earlier sign-off no longer counts
    const pin = emergencyPinPatch(c.emergency, next.emergency);
    const u = await saveCase(
      tx,
      ctx,
      c,
      { ...changedFields, ...due, ...pin },
      { kind: 'classified', note, data: { changed: changedFields } },
      version,
    );
    if (u.emergency && !c.emergency) await notifyEmergency(tx, u);
  });
}

/** Pinned on the case list (S2/S4): the property's emergencies not signed off yet, any status, newest first. */
export const PINNED_LIMIT = 200;
export async function pinnedCases(ctx: Ctx, q: { propertyId: string }) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'cases.read');
  const rows = await repo.pinnedEmergencies(ctx.db, q.propertyId, PINNED_LIMIT);
  return { data: await presentCases(ctx, actor, rows) };
}

/**
 * 紧急事件签认: a CS supervisor, project manager or general manager of the property signs off an
 * emergency with a note; it then leaves the pinned strip. Any status, also after closing.
 */
export async function signOffEmergency(ctx: Ctx, id: string, input: { note: string }) {
  const { actor, c } = await loadCase(ctx, id);
  if (!can(actor, c.propertyId, 'cases.supervise')) throw errors.forbidden();
  const refuse = (code: ReturnType<typeof signOffRefusal>, fresh: CaseRow) => {
    if (code === 'case_not_emergency')
      return errors.rule(code, say(ctx, `${c.number} 不是紧急事件，无需签认`, `${c.number} is not an emergency`));
    return new AppError(
      'already_signed_off',
      409,
      say(ctx, `${c.number} 的紧急事件已签认`, `The emergency ${c.number} has been signed off already`),
      undefined,
      {
        signedOffAt: fresh.emergencySignedOffAt?.toISOString() ?? null,
        signedOffBy: fresh.emergencySignedOffBy,
      },
    );
  };
  const why = signOffRefusal(c);
  if (why) throw refuse(why, c);
  await ctx.db.transaction(async (tx) => {
    const u = await repo.signOffEmergency(tx, c.id, { at: ctx.now(), by: actor.id, note: input.note });
    if (!u) {
      // somebody signed it off (or reclassified it) meanwhile
      const fresh = (await caseRepo.findCase(tx, c.id))!;
      throw refuse(signOffRefusal(fresh) ?? 'already_signed_off', fresh);
    }
    await recordChange(tx, ctx, c, u, { kind: 'emergency_signed_off', note: input.note, data: { emergencySignedOffBy: actor.id } });
  });
  return getCase(ctx, id);
}
