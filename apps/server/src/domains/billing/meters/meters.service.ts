/**
 * Water meter readings (T4): the month's sheet (every unit, previous = last month's current), one reading typed
 * at a time on a phone (billing.manage), or the whole month imported from .xlsx (meters.sheets.ts).
 */
import type { MeterInput, MeterRow } from '@hy/contracts';
import { type Ctx, authorize, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import { consumption } from '../items/items.rules.ts';
import * as repo from './meters.repository.ts';

export async function meterSheet(ctx: Ctx, propertyId: string, month: string) {
  authorize(requireActor(ctx), propertyId, 'billing.read');
  const [units, readings, prev] = await Promise.all([
    repo.unitsOf(ctx.db, propertyId),
    repo.readingsOf(ctx.db, propertyId, month),
    repo.previousOf(ctx.db, propertyId, month),
  ]);
  const byUnit = new Map(readings.map((r) => [r.unitId, r]));
  const data: MeterRow[] = units.map((u) => {
    const r = byUnit.get(u.id);
    const previous = r ? Number(r.previousReading) : (prev.get(u.id) ?? 0);
    const current = r ? Number(r.currentReading) : null;
    return {
      unitId: u.id,
      unitCode: u.code,
      building: u.building,
      organizationName: u.organizationName,
      previousReading: previous,
      currentReading: current,
      consumption: current === null ? null : consumption(previous, current),
      readOn: r?.readOn ?? null,
      readByName: r?.readByName ?? null,
      updatedAt: r?.updatedAt.toISOString() ?? null,
    };
  });
  return { month, data };
}

export const belowPrevious = (ctx: Ctx, previous: number, path = 'currentReading') =>
  new AppError(
    'meter_reading_below_previous',
    422,
    say(ctx, `本月读数小于上月读数 ${previous}`, `The reading is below the previous one (${previous})`),
    [{ path, message: say(ctx, `不能小于 ${previous}`, `At least ${previous}`), code: 'meter_reading_below_previous' }],
  );

/** Types one unit's reading of the month (again: corrects it). */
export async function enterReading(ctx: Ctx, input: MeterInput) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'billing.manage');
  const unit = (await repo.unitsOf(ctx.db, input.propertyId)).find((u) => u.id === input.unitId);
  if (!unit) throw errors.notFound();
  const previous = (await repo.previousOf(ctx.db, input.propertyId, input.month)).get(input.unitId) ?? 0;
  if (input.currentReading < previous) throw belowPrevious(ctx, previous);
  await ctx.db.transaction(async (tx) => {
    await repo.upsertReading(tx, { ...input, previousReading: previous, readBy: actor.id, readByName: actor.displayName }, ctx.now());
    await audit(tx, ctx, {
      propertyId: input.propertyId,
      entityType: 'unit',
      entityId: input.unitId,
      action: 'meter_reading.enter',
      after: { month: input.month, previous, current: input.currentReading },
    });
  });
  const sheet = await meterSheet(ctx, input.propertyId, input.month);
  return sheet.data.find((r) => r.unitId === input.unitId)!;
}
