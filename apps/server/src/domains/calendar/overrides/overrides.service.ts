/** The property's admin-entered holidays and make-up working days: list, set, remove, import a year (all or none); every write audited. */
import type { Ctx } from '../../../lib/context.ts';
import { authorize, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { afterCommit, type DbOrTx } from '../../../db/client.ts';
import { audit } from '../../audit/index.ts';
import { findPropertyHours } from '../work-days/work-days.repository.ts';
import { invalidateWorkCalendar } from '../work-days/work-days.service.ts';
import * as repo from './overrides.repository.ts';
import type { ImportInput, OverrideInput } from './overrides.schema.ts';

/** The cached calendar goes now and again once the transaction commits. */
function invalidateOnCommit(propertyId: string) {
  invalidateWorkCalendar(propertyId);
  afterCommit(async () => invalidateWorkCalendar(propertyId));
}

function requireManager(ctx: Ctx, propertyId: string) {
  authorize(requireActor(ctx), propertyId, 'calendar.manage');
}

export function presentOverride(r: repo.OverrideRow) {
  return { propertyId: r.propertyId, date: r.day, kind: r.kind, name: r.name, createdAt: r.createdAt.toISOString() };
}

const snapshot = (r: { kind: string; name: string | null } | null | undefined) => (r ? { kind: r.kind, name: r.name } : null);
const entityId = (propertyId: string, date: string) => `${propertyId}:${date}`;

async function requireProperty(db: DbOrTx, propertyId: string) {
  if (!(await findPropertyHours(db, propertyId))) throw errors.notFound('property');
}

export async function listOverrides(ctx: Ctx, q: { propertyId: string; year?: number }) {
  requireManager(ctx, q.propertyId);
  await requireProperty(ctx.db, q.propertyId);
  const rows = await repo.listOverrides(ctx.db, q.propertyId, q.year ? { from: `${q.year}-01-01`, to: `${q.year}-12-31` } : undefined);
  return { data: rows.map(presentOverride) };
}

export async function setOverride(ctx: Ctx, propertyId: string, date: string, input: OverrideInput) {
  requireManager(ctx, propertyId);
  return ctx.db.transaction(async (tx) => {
    await requireProperty(tx, propertyId);
    const [before] = await repo.overridesOn(tx, propertyId, [date]);
    invalidateOnCommit(propertyId);
    const [row] = await repo.upsertOverrides(tx, [{ propertyId, day: date, kind: input.kind, name: input.name }], ctx.now());
    await audit(tx, ctx, {
      action: before ? 'calendar_day.updated' : 'calendar_day.created',
      entityType: 'calendar_day',
      entityId: entityId(propertyId, date),
      propertyId,
      before: snapshot(before),
      after: snapshot(row),
    });
    return presentOverride(row!);
  });
}

export async function removeOverride(ctx: Ctx, propertyId: string, date: string) {
  requireManager(ctx, propertyId);
  await ctx.db.transaction(async (tx) => {
    invalidateOnCommit(propertyId);
    const removed = await repo.deleteOverride(tx, propertyId, date);
    if (!removed) throw errors.notFound('calendar override');
    await audit(tx, ctx, {
      action: 'calendar_day.deleted',
      entityType: 'calendar_day',
      entityId: entityId(propertyId, date),
      propertyId,
      before: snapshot(removed),
      after: null,
    });
  });
}

/** A year's schedule (e.g. the State Council notice for 2027): every day or none. */
export async function importOverrides(ctx: Ctx, input: ImportInput) {
  requireManager(ctx, input.propertyId);
  const seen = new Map<string, number>();
  input.days.forEach((d, i) => {
    if (seen.has(d.date)) {
      throw errors.field(
        `days.${i}.date`,
        say(ctx, `与第 ${seen.get(d.date)! + 1} 项日期重复`, `Duplicate of days.${seen.get(d.date)}`),
        'duplicate',
      );
    }
    seen.set(d.date, i);
  });
  const { propertyId } = input;
  return ctx.db.transaction(async (tx) => {
    await requireProperty(tx, propertyId);
    const before = new Map((await repo.overridesOn(tx, propertyId, [...seen.keys()])).map((r) => [r.day, r]));
    invalidateOnCommit(propertyId);
    const rows = await repo.upsertOverrides(
      tx,
      input.days.map((d) => ({ propertyId, day: d.date, kind: d.kind, name: d.name })),
      ctx.now(),
    );
    rows.sort((a, b) => a.day.localeCompare(b.day));
    for (const row of rows) {
      const old = before.get(row.day);
      await audit(tx, ctx, {
        action: old ? 'calendar_day.updated' : 'calendar_day.created',
        entityType: 'calendar_day',
        entityId: entityId(propertyId, row.day),
        propertyId,
        before: snapshot(old),
        after: snapshot(row),
        meta: { import: true, batchSize: rows.length },
      });
    }
    return { created: rows.length - before.size, updated: before.size, data: rows.map(presentOverride) };
  });
}
