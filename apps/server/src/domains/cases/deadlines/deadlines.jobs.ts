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
import { type AuditInput, auditMany } from '../../audit/index.ts';
import { type NotifyInput, notifyMany } from '../../notifications/index.ts';
import * as repo from './deadlines.repository.ts';
import { dueAlerts, escalationRole, type SlaAlert } from './deadlines.rules.ts';
import { slaEnv, type SlaEnv } from './sla-policy.ts';

export const SLA_SCAN = 'cases.sla_scan';

/** One scan per minute slot. */
export const slaScans = everySlot(SLA_SCAN, 60_000);

/** Alerts written per transaction: a crash loses or repeats nothing (case_alerts), and no case stays locked for long. */
const WRITE_BATCH = 500;
/** Cases read per page of the scan. */
const READ_BATCH = 1000;

interface DueAlert {
  caseId: string;
  alert: SlaAlert;
}

/**
 * Raises a batch of due alerts in one transaction with a few statements: each alert once (case_alerts), only
 * on a case still active and not paused, escalating at most once per case to the level the first escalating
 * alert names; with its timeline events, the notifications to the case's staff (or the duty dispatchers) and
 * to the escalation's role, and its audit rows. Returns how many were new.
 */
async function raiseMany(db: Db, due: DueAlert[], now: Date): Promise<number> {
  return db.transaction(async (tx) => {
    const marked = await repo.markAlerts(
      tx,
      due.map((d) => ({ caseId: d.caseId, key: d.alert.key })),
      now,
    );
    if (!marked.length) return 0;
    const fresh = new Map(marked.map((m) => [`${m.caseId}:${m.key}`, m]));
    // The new alerts in the order they were found (per case: respond, resolve, follow-ups).
    const raised = due.flatMap((d) => {
      const m = fresh.get(`${d.caseId}:${d.alert.key}`);
      return m ? [{ c: m, a: d.alert }] : [];
    });
    // One escalation per case: alerts come in order respond, resolve (the severity's level) then the second
    // follow-up (level 1), so the highest level asked is the one the first escalating alert would reach.
    const target = new Map<string, number>();
    for (const { c, a } of raised) if (a.escalateTo && a.escalateTo > (target.get(c.caseId) ?? 0)) target.set(c.caseId, a.escalateTo);
    const escalated = await repo.raiseEscalations(
      tx,
      [...target].map(([caseId, level]) => ({ caseId, level })),
      now,
    );
    const handlers = await repo.handlersIn(
      tx,
      [...new Set(raised.map((r) => r.c.propertyId))],
      [...new Set(raised.flatMap((r) => [r.c.createdBy, r.c.assigneeId]).filter((x): x is string => !!x))],
    );
    const events: Parameters<typeof repo.insertEvents>[1] = [];
    const notes: NotifyInput[] = [];
    const audits: AuditInput[] = [];
    const given = new Set<string>();
    for (const { c, a } of raised) {
      const level =
        a.escalateTo && escalated.has(c.caseId) && !given.has(c.caseId) && a.escalateTo === target.get(c.caseId) ? a.escalateTo : null;
      if (level) given.add(c.caseId);
      const role = level ? escalationRole(level) : null;
      events.push({
        propertyId: c.propertyId,
        caseId: c.caseId,
        kind: a.type,
        actorName: 'system',
        data: { key: a.key, escalatedTo: role },
        at: now,
      });
      if (role)
        events.push({
          propertyId: c.propertyId,
          caseId: c.caseId,
          kind: 'escalated',
          actorName: 'system',
          data: { level, role, cause: a.type },
          at: now,
        });
      const link = `/cases/${c.caseId}`;
      // The one who recorded the case (when they handle cases: not a cleaner who reported a leak) and the assignee.
      const staff = [c.createdBy, c.assigneeId].filter(
        (x): x is string => !!x && (x === c.assigneeId || handlers.has(`${c.propertyId}:${x}`)),
      );
      const severity = a.type.endsWith('warning') || a.type === 'follow_up' ? 'warning' : 'critical';
      notes.push({
        propertyId: c.propertyId,
        // Nobody on it yet (reported by staff who do not handle cases): the duty dispatchers.
        ...(staff.length ? { userIds: a.type.startsWith('follow_up') ? staff.slice(0, 1) : staff } : { roles: ['dispatcher' as const] }),
        kind: `case.${a.type}`,
        severity,
        message: { key: 'case.sla_alert', params: { number: c.number, alert: a.type, content: c.content.slice(0, 200) } },
        link,
        data: { caseId: c.caseId },
      });
      if (role)
        notes.push({
          propertyId: c.propertyId,
          roles: [role],
          kind: 'case.escalated',
          severity: 'critical',
          channels: level === 3 ? ['sms', 'email'] : ['email'],
          message: { key: 'case.escalated', params: { number: c.number, alert: a.type, content: c.content.slice(0, 200) } },
          link,
          data: { caseId: c.caseId, level },
        });
      audits.push({
        action: `case.sla.${a.type}`,
        entityType: 'case',
        entityId: c.caseId,
        propertyId: c.propertyId,
        meta: { key: a.key, escalatedTo: role },
      });
    }
    await repo.insertEvents(tx, events);
    await notifyMany(tx, notes);
    const ctx: Ctx = { db: tx as unknown as Db, actor: null, locale: 'zh-CN', production: false, now: () => now };
    await auditMany(tx, ctx, audits);
    return raised.length;
  });
}

/**
 * One pass over the unfinished cases; safe to run twice or on several instances at once. The cases are
 * read a page at a time and the page's due alerts written in batches of WRITE_BATCH, each in one
 * transaction: a pass stopped between batches has raised whole batches, and the next pass raises the rest.
 */
export async function runSlaScan(db: Db, now: Date): Promise<{ scanned: number; raised: number }> {
  const envs = new Map<string, SlaEnv>();
  let scanned = 0;
  let raised = 0;
  let after: string | undefined;
  for (;;) {
    const batch = await repo.activeCases(db, READ_BATCH, after);
    // One read for the batch's raised alerts: a repeat pass opens no transaction for them.
    const done = await repo.raisedAlerts(
      db,
      batch.map((c) => c.id),
    );
    const due: DueAlert[] = [];
    for (const c of batch) {
      let env = envs.get(c.propertyId);
      if (!env) envs.set(c.propertyId, (env = await slaEnv(db, c.propertyId)));
      for (const a of dueAlerts(env.cal, env.policy, c, now, (key) => done.has(`${c.id}:${key}`))) due.push({ caseId: c.id, alert: a });
    }
    for (let i = 0; i < due.length; i += WRITE_BATCH) raised += await raiseMany(db, due.slice(i, i + WRITE_BATCH), now);
    scanned += batch.length;
    if (batch.length < READ_BATCH) return { scanned, raised };
    after = batch[batch.length - 1]!.id;
  }
}

export function registerDeadlineJobs(runner: JobRunner, app: FastifyInstance) {
  every(runner, app, slaScans, runSlaScan);
}
