/**
 * Hygiene inspections (客服部卫生检验制度): the inspector records a sheet of a level and an area — the standard
 * items with their deductions give the score out of 100 — for the period of that level the day falls in;
 * the due view says, per level and area, whether the current period's sheet is in, due, or overdue (the
 * previous period went without one too).
 */
import { HYGIENE_AREAS, HYGIENE_LEVELS, type HygieneCreate, type HygieneQuery } from '@hy/contracts';
import type { Ctx } from '../../../lib/context.ts';
import { authorize, can, memberProperties, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import { cursorOf, page } from '../../../lib/paging.ts';
import { audit } from '../../audit/index.ts';
import { attachFiles } from '../../files/index.ts';
import { instantOf, localDay, refuse, zoneOf } from '../shared.ts';
import * as repo from './hygiene.repository.ts';
import { presentInspection } from './hygiene.presenter.ts';
import { addDays, dueState, periodOf, previousPeriod, scoreSheet } from './hygiene.rules.ts';

export async function getInspection(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const r = await repo.findInspection(ctx.db, id);
  if (!r || !memberProperties(actor).includes(r.propertyId) || !can(actor, r.propertyId, 'quality.read'))
    throw errors.notFound('hygiene inspection');
  return presentInspection(r, (await repo.itemsOf(ctx.db, [id])).get(id)!);
}

const monthRange = (month: string) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const next = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  return { from: `${month}-01`, to: addDays(next, -1) };
};

export async function listInspections(ctx: Ctx, q: HygieneQuery) {
  const actor = requireActor(ctx);
  authorize(actor, q.propertyId, 'quality.read');
  const range = q.month ? monthRange(q.month) : {};
  const rows = await repo.listInspections(ctx.db, { ...q, ...range, after: cursorOf(q, 2), limit: q.limit + 1 });
  const items = await repo.itemsOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return page(
    rows,
    q.limit,
    (r) => [r.inspectedAt.toISOString(), r.id],
    (r) => presentInspection(r, items.get(r.id) ?? []),
  );
}

export async function record(ctx: Ctx, input: HygieneCreate & { items: NonNullable<HygieneCreate['items']>; photoIds: string[] }) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'quality.manage');
  const tz = await zoneOf(ctx.db, input.propertyId);
  const now = ctx.now();
  const today = localDay(now, tz);
  const day = input.inspectedOn ?? today;
  if (day > today) throw refuse(ctx, 'hygiene_future_day', 'inspectedOn');
  const sheet = scoreSheet(input.items.map((i) => ({ code: i.code, deduction: i.deduction, note: i.note ?? null })));
  if ('refusal' in sheet) throw refuse(ctx, sheet.refusal.code, sheet.refusal.path);
  const id = await ctx.db.transaction(async (tx) => {
    const r = await repo.insertInspection(tx, {
      propertyId: input.propertyId,
      level: input.level,
      area: input.area,
      periodStart: periodOf(input.level, day).start,
      inspectedOn: day,
      inspectedAt: day === today ? now : instantOf(day, tz),
      inspectorId: actor.id,
      inspectorName: actor.displayName,
      score: sheet.score,
      remarks: input.remarks ?? null,
      photoIds: [...new Set(input.photoIds)],
    });
    await repo.insertItems(
      tx,
      sheet.items.map((i, position) => ({ ...i, inspectionId: r.id, position })),
    );
    if (r.photoIds.length)
      await attachFiles(tx, ctx, {
        propertyId: r.propertyId,
        ids: r.photoIds,
        entity: { type: 'hygiene_inspection', id: r.id },
        kinds: ['photo'],
      });
    await audit(tx, ctx, {
      action: 'hygiene_inspection.recorded',
      entityType: 'hygiene_inspection',
      entityId: r.id,
      propertyId: r.propertyId,
      before: null,
      after: { ...r, items: sheet.items.filter((i) => i.deduction > 0) },
    });
    return r.id;
  });
  return getInspection(ctx, id);
}

/** Per level and area: the current period and its state (done / due / overdue), with the last sheet. */
export async function due(ctx: Ctx, propertyId: string) {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, 'quality.read');
  const today = localDay(ctx.now(), await zoneOf(ctx.db, propertyId));
  const earliest = HYGIENE_LEVELS.map((l) => previousPeriod(l, today).start).sort()[0]!;
  const done = new Set((await repo.periodsSince(ctx.db, propertyId, earliest)).map((p) => `${p.level}|${p.area}|${p.periodStart}`));
  const last = new Map((await repo.lastPerLevelArea(ctx.db, propertyId)).map((l) => [`${l.level}|${l.area}`, l]));
  const data = HYGIENE_LEVELS.flatMap((level) => {
    const cur = periodOf(level, today);
    const prev = previousPeriod(level, today);
    return HYGIENE_AREAS.map(({ code: area }) => {
      const l = last.get(`${level}|${area}`);
      return {
        level,
        area,
        periodStart: cur.start,
        periodEnd: cur.end,
        state: dueState(done.has(`${level}|${area}|${cur.start}`), done.has(`${level}|${area}|${prev.start}`)),
        lastOn: l?.inspectedOn ?? null,
        lastScore: l?.score ?? null,
      };
    });
  });
  return { today, data, canRecord: can(actor, propertyId, 'quality.manage') };
}
