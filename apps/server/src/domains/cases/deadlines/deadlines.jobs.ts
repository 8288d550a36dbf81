/**
 * SLA scanner (S4): the durable job 'cases.sla_scan' runs every minute (one job per minute slot,
 * by uniqueKey) and raises each alert of dueAlerts() once per case (case_alerts primary key),
 * escalating by severity at a breach — never twice to the same level (cases.escalation_level).
 */
import type { FastifyInstance } from 'fastify';
import type { Db } from '../../../db/client.ts';
import type { Ctx } from '../../../lib/context.ts';
import type { JobRunner } from '../../../jobs/runner.ts';
import { every, everySlot } from '../../../jobs/every.ts';
import { audit } from '../../audit/index.ts';
import { notify } from '../../notifications/index.ts';
import * as caseRepo from '../case/case.repository.ts';
import { isActive } from '../case/case.rules.ts';
import * as repo from './deadlines.repository.ts';
import { dueAlerts, escalationRole, type SlaAlert } from './deadlines.rules.ts';
import { slaEnv, type SlaEnv } from './sla-policy.ts';

export const SLA_SCAN = 'cases.sla_scan';

/** One scan per minute slot. */
export const slaScans = everySlot(SLA_SCAN, 60_000);

async function raise(db: Db, caseId: string, a: SlaAlert, now: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const c = await caseRepo.findCase(tx, caseId);
    if (!c || !isActive(c.status) || c.pausedAt) return false;
    if (!(await repo.markAlert(tx, c.id, a.key, now))) return false;
    const ctx: Ctx = { db: tx as unknown as Db, actor: null, locale: 'zh-CN', production: false, now: () => now };
    const level = a.escalateTo && (await repo.raiseEscalation(tx, c.id, a.escalateTo, now)) ? a.escalateTo : null;
    const role = level ? escalationRole(level) : null;
    await caseRepo.insertEvent(tx, {
      propertyId: c.propertyId,
      caseId: c.id,
      kind: a.type,
      actorName: 'system',
      data: { key: a.key, escalatedTo: role },
      at: now,
    });
    if (role)
      await caseRepo.insertEvent(tx, {
        propertyId: c.propertyId,
        caseId: c.id,
        kind: 'escalated',
        actorName: 'system',
        data: { level, role, cause: a.type },
        at: now,
      });
    const link = `/cases/${c.id}`;
    // The one who recorded the case (when they handle cases: not a cleaner who reported a leak) and the assignee.
    const handlers = await repo.handlersAmong(
      tx,
      c.propertyId,
      [c.createdBy, c.assigneeId].filter((x): x is string => !!x),
    );
    const staff = [c.createdBy, c.assigneeId].filter((x): x is string => !!x && (x === c.assigneeId || handlers.has(x)));
    const severity = a.type.endsWith('warning') || a.type === 'follow_up' ? 'warning' : 'critical';
    await notify(tx, {
      propertyId: c.propertyId,
      // Nobody on it yet (reported by staff who do not handle cases): the duty dispatchers.
      ...(staff.length ? { userIds: a.type.startsWith('follow_up') ? staff.slice(0, 1) : staff } : { roles: ['dispatcher' as const] }),
      kind: `case.${a.type}`,
      severity,
      message: { key: 'case.sla_alert', params: { number: c.number, alert: a.type, content: c.content.slice(0, 200) } },
      link,
      data: { caseId: c.id },
    });
    if (role) {
      await notify(tx, {
        propertyId: c.propertyId,
        roles: [role],
        kind: 'case.escalated',
        severity: 'critical',
        channels: level === 3 ? ['sms', 'email'] : ['email'],
        message: { key: 'case.escalated', params: { number: c.number, alert: a.type, content: c.content.slice(0, 200) } },
        link,
        data: { caseId: c.id, level },
      });
    }
    await audit(tx, ctx, {
      action: `case.sla.${a.type}`,
      entityType: 'case',
      entityId: c.id,
      propertyId: c.propertyId,
      meta: { key: a.key, escalatedTo: role },
    });
    return true;
  });
}

/** One pass over the unfinished cases; safe to run twice or on several instances at once. */
export async function runSlaScan(db: Db, now: Date): Promise<{ scanned: number; raised: number }> {
  const envs = new Map<string, SlaEnv>();
  let scanned = 0;
  let raised = 0;
  let after: string | undefined;
  for (;;) {
    const batch = await repo.activeCases(db, 500, after);
    // One read for the batch's raised alerts: a repeat pass opens no transaction for them.
    const done = await repo.raisedAlerts(
      db,
      batch.map((c) => c.id),
    );
    for (const c of batch) {
      let env = envs.get(c.propertyId);
      if (!env) envs.set(c.propertyId, (env = await slaEnv(db, c.propertyId)));
      for (const a of dueAlerts(env.cal, env.policy, c, now)) {
        if (!done.has(`${c.id}:${a.key}`) && (await raise(db, c.id, a, now))) raised++;
      }
    }
    scanned += batch.length;
    if (batch.length < 500) return { scanned, raised };
    after = batch[batch.length - 1]!.id;
  }
}

export function registerDeadlineJobs(runner: JobRunner, app: FastifyInstance) {
  every(runner, app, slaScans, runSlaScan);
}
