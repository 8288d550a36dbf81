/**
 * The month's fee tables (T4): draw (billing.manage; one per property and month, race-safe by the unique
 * constraint), read (billing.read), redraw and line edits before the month is fully signed (version + 1; the
 * signatures of the earlier version are voided — nobody stays signed on numbers they did not see), and the
 * three signatures in order (months.sign.ts). Every change audited with before/after totals per sheet.
 */
import type { LineEditInput, MonthDrawInput } from '@hy/contracts';
import { sqlState, type DbOrTx } from '../../../db/client.ts';
import { type Ctx, authorize, can, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import { effectiveSettings } from '../../places/index.ts';
import { releaseMonth } from '../charges/charges.repository.ts';
import { drawLines, monthWarnings } from './months.draw.ts';
import { presentMonth } from './months.presenter.ts';
import * as repo from './months.repository.ts';
import { drawDayOf } from './months.rules.ts';

export const monthExists = (ctx: Ctx, month: string) =>
  new AppError('billing_month_exists', 409, say(ctx, `${month} 的费用表已编制`, `The ${month} fee tables are drawn up already`));
export const monthLocked = (ctx: Ctx) =>
  new AppError('billing_month_locked', 409, say(ctx, '费用表已签字确认，不能修改', 'The month is signed and locked'));

async function writeLines(tx: DbOrTx, m: repo.MonthRow) {
  const { lines, warnings } = await drawLines(tx, m.propertyId, m.month, m.throughDay);
  await repo.insertLines(
    tx,
    lines.map((l) => ({ ...l, monthId: m.id, propertyId: m.propertyId })),
  );
  const total = lines.reduce((s, l) => s + l.amountFen, 0);
  return { total, warnings };
}

/** Draws the month (also the job's entry, with the system's context). 409 billing_month_exists when drawn already. */
export async function drawMonthOf(ctx: Ctx, propertyId: string, month: string) {
  const drawDay = (await effectiveSettings(ctx.db, propertyId))['billing.drawDay'];
  try {
    return await ctx.db.transaction(async (tx) => {
      const m = await repo.insertMonth(tx, {
        propertyId,
        month,
        throughDay: drawDayOf(month, drawDay),
        drawnAt: ctx.now(),
        drawnBy: ctx.actor?.id ?? null,
        drawnByName: ctx.actor?.displayName ?? say(ctx, '系统', 'System'),
      });
      const { total, warnings } = await writeLines(tx, m);
      await repo.updateMonth(tx, m.id, { totalFen: total });
      await audit(tx, ctx, {
        propertyId,
        entityType: 'billing_month',
        entityId: m.id,
        action: 'billing_month.draw',
        after: { month, totals: await repo.sheetTotals(tx, m.id), totalFen: total },
        meta: { warnings: warnings.length },
      });
      return m.id;
    });
  } catch (e) {
    if (sqlState(e) === '23505') throw monthExists(ctx, month);
    throw e;
  }
}

export async function drawMonth(ctx: Ctx, input: MonthDrawInput) {
  authorize(requireActor(ctx), input.propertyId, 'billing.manage');
  const id = await drawMonthOf(ctx, input.propertyId, input.month);
  return getMonth(ctx, id);
}

export async function loadMonth(db: DbOrTx, ctx: Ctx, id: string) {
  const m = await repo.monthById(db, id);
  if (!m) throw errors.notFound();
  const [lines, sigs, warnings] = await Promise.all([
    repo.linesOf(db, id),
    repo.signaturesOf(db, id),
    monthWarnings(db, m.propertyId, m.month),
  ]);
  return presentMonth(m, lines, sigs, m.state === 'signed' ? [] : warnings, ctx.actor);
}

export async function getMonth(ctx: Ctx, id: string) {
  const m = await repo.monthById(ctx.db, id);
  if (!m) throw errors.notFound();
  authorize(requireActor(ctx), m.propertyId, 'billing.read');
  return loadMonth(ctx.db, ctx, id);
}

export async function listMonths(ctx: Ctx, propertyId: string) {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, 'billing.read');
  const rows = await repo.monthsOf(ctx.db, propertyId);
  return {
    data: rows.map((m) => ({ id: m.id, month: m.month, state: m.state, version: m.version, totalFen: m.totalFen })),
    canDraw: can(actor, propertyId, 'billing.manage'),
  };
}

/** Opens the month for a change: locked when signed; voids the live signatures; version + 1. */
async function change(
  ctx: Ctx,
  id: string,
  action: string,
  reason: string,
  apply: (tx: DbOrTx, m: repo.MonthRow) => Promise<Record<string, unknown>>,
) {
  const actor = requireActor(ctx);
  const found = await repo.monthById(ctx.db, id);
  if (!found) throw errors.notFound();
  authorize(actor, found.propertyId, 'billing.manage');
  await ctx.db.transaction(async (tx) => {
    const m = (await repo.monthById(tx, id, true))!;
    if (m.state === 'signed') throw monthLocked(ctx);
    const before = await repo.sheetTotals(tx, id);
    const meta = await apply(tx, m);
    const total = await repo.totalOf(tx, id);
    const voided = await repo.voidSignatures(
      tx,
      id,
      ctx.now(),
      say(ctx, `第 ${m.version + 1} 版：${reason}`, `Version ${m.version + 1}: ${reason}`),
    );
    await repo.updateMonth(tx, id, { version: m.version + 1, totalFen: total, state: 'drafted' });
    await audit(tx, ctx, {
      propertyId: m.propertyId,
      entityType: 'billing_month',
      entityId: id,
      action,
      before: { version: m.version, totals: before, totalFen: m.totalFen },
      after: { version: m.version + 1, totals: await repo.sheetTotals(tx, id), totalFen: total },
      meta: { reason, voidedSignatures: voided, ...meta },
    });
  });
  return getMonth(ctx, id);
}

/** Draws the month again from its sources (charges released and drawn again). */
export const redrawMonth = (ctx: Ctx, id: string, reason: string) =>
  change(ctx, id, 'billing_month.redraw', reason, async (tx, m) => {
    await repo.deleteLines(tx, id);
    await releaseMonth(tx, m.propertyId, m.month);
    const { warnings } = await writeLines(tx, m);
    return { warnings: warnings.length };
  });

/** Changes one line's amount with a reason. */
export const editLine = (ctx: Ctx, id: string, lineId: string, input: LineEditInput) =>
  change(ctx, id, 'billing_month.line_edit', input.reason, async (tx) => {
    const line = await repo.lineById(tx, id, lineId);
    if (!line) throw errors.notFound();
    await repo.setLineAmount(tx, lineId, input.amountFen);
    return { lineId, sheet: line.sheet, amountBefore: line.amountFen, amountAfter: input.amountFen };
  });
