/**
 * The three-level pre-meeting check (SPEC M5; seed 004): each level's role records ok or a problem
 * (a problem escalates); a level not recorded by its due time is missed by its durable timer
 * (checks.timers.ts) and escalates. Who hears of what is one pure rule: checks.rules.ts escalation.
 */
import { CHECK_LEVELS } from '@hy/contracts';
import { type Ctx, hasRole } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import type { Db } from '../../../db/client.ts';
import { audit } from '../../audit/index.ts';
import { notify } from '../../notifications/index.ts';
import { publish } from '../../notifications/index.ts';
import { systemCtx } from '../../../lib/context.ts';
import * as shared from '../meeting/meeting.repository.ts';
import { failMeeting } from '../meeting/meeting.errors.ts';
import { activeNotice } from '../meeting/meeting.policy.ts';
import { getNotice } from '../notices/notices.service.ts';
import * as repo from './checks.repository.ts';
import { escalation } from './checks.rules.ts';
import { missedText, problemText } from './checks.notifications.ts';

export async function recordCheck(ctx: Ctx, id: string, level: number, input: { result: 'ok' | 'problem'; finding?: string | null }) {
  const { actor, n } = await activeNotice(ctx, id);
  const def = CHECK_LEVELS[level - 1];
  if (!def) throw errors.notFound('check level');
  if (!hasRole(actor, n.propertyId, ...def.roles)) throw errors.forbidden(`第${level}级检查由 ${def.roles.join('/')} 记录`);
  if (input.result === 'problem' && !input.finding)
    throw errors.field('finding', '发现问题时须写明情况 / describe the problem', 'required');
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const row = await repo.recordCheck(tx, n.id, level, { status: input.result, finding: input.finding ?? null, by: actor.id, at: now });
    if (!row) throw failMeeting('check_already_recorded');
    await audit(tx, ctx, {
      action: 'meeting_check.recorded',
      entityType: 'service_notice',
      entityId: n.id,
      propertyId: n.propertyId,
      meta: { level, result: input.result, finding: input.finding ?? null, late: now > row.dueAt },
    });
    if (input.result === 'problem') {
      const up = escalation(level, 'problem');
      await notify(tx, {
        propertyId: n.propertyId,
        roles: up.roles,
        kind: 'meetings.check_problem',
        severity: up.severity,
        ...problemText(n, level, input.finding ?? null),
        link: `/service-notices/${n.id}`,
        data: { noticeId: n.id, level },
      });
    }
    await publish(tx, {
      type: 'event',
      topic: 'meetings.check_recorded',
      propertyId: n.propertyId,
      entity: { type: 'notice', id: n.id },
      data: { noticeId: n.id, level, result: input.result },
    });
  });
  return getNotice(ctx, id);
}

/** The durable timer of one check: not recorded by its due time → missed, and the next level hears of it. */
export async function checkDue(db: Db, payload: Record<string, unknown>, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const n = await shared.findNotice(tx, String(payload.noticeId));
    if (!n || n.status !== 'active') return false;
    const level = Number(payload.level);
    const row = await repo.markMissed(tx, n.id, level, new Date(String(payload.dueAt)), now);
    if (!row) return false;
    const up = escalation(level, 'missed');
    await audit(tx, systemCtx(tx, now), {
      action: 'meeting_check.missed',
      entityType: 'service_notice',
      entityId: n.id,
      propertyId: n.propertyId,
      meta: { level, dueAt: row.dueAt.toISOString(), alerted: up.roles },
    });
    await notify(tx, {
      propertyId: n.propertyId,
      roles: up.roles,
      kind: 'meetings.check_missed',
      severity: up.severity,
      ...missedText(n, level, row.dueAt),
      link: `/service-notices/${n.id}`,
      data: { noticeId: n.id, level },
    });
    await publish(tx, {
      type: 'event',
      topic: 'meetings.check_missed',
      propertyId: n.propertyId,
      entity: { type: 'notice', id: n.id },
      data: { noticeId: n.id, level },
    });
    return true;
  });
}
