/**
 * How a case changes (S1–S8): the guarded update, its line on the case's timeline, the audit event
 * (before → after) and the live event — all in the caller's transaction.
 */
import type { Ctx } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import type { Tx } from '../../../db/client.ts';
import { audit } from '../../audit/index.ts';
import { publish } from '../../notifications/index.ts';
import * as repo from './case.repository.ts';
import type { CaseRow } from './case.repository.ts';

export interface EventInput {
  kind: string;
  note?: string | null;
  data?: Record<string, unknown>;
}

/** The one way a case changes: guarded update, timeline event, audit, live event — in the caller's tx. */
export async function saveCase(tx: Tx, ctx: Ctx, c: CaseRow, patch: Partial<CaseRow>, ev: EventInput, version = c.version) {
  const now = ctx.now();
  const u = await repo.updateCase(tx, c.id, version, patch, now);
  if (!u) throw errors.conflict(say(ctx, '案件已被他人修改，请刷新后重试', 'The case changed meanwhile; reload and retry'));
  return recordChange(tx, ctx, c, u, ev);
}

/** After a guarded update: timeline event, audit (before → after), live event — in the caller's tx. */
export async function recordChange(tx: Tx, ctx: Ctx, c: CaseRow, u: CaseRow, ev: EventInput) {
  await addEvent(tx, ctx, c, ev);
  await audit(tx, ctx, {
    action: `case.${ev.kind}`,
    entityType: 'case',
    entityId: c.id,
    propertyId: c.propertyId,
    before: c,
    after: u,
    meta: ev.data,
  });
  await publish(tx, {
    type: 'event',
    topic: 'case.changed',
    propertyId: c.propertyId,
    entity: { type: 'case', id: c.id },
    data: { id: c.id, number: c.number, status: u.status },
  });
  return u;
}

/** A line on the case's timeline, by the acting user. */
export async function addEvent(tx: Tx, ctx: Ctx, c: Pick<CaseRow, 'id' | 'propertyId'>, ev: EventInput) {
  await repo.insertEvent(tx, {
    propertyId: c.propertyId,
    caseId: c.id,
    kind: ev.kind,
    actorId: ctx.actor?.id ?? null,
    actorName: ctx.actor?.displayName ?? null,
    note: ev.note ?? null,
    data: ev.data ?? null,
    at: ctx.now(),
  });
}
