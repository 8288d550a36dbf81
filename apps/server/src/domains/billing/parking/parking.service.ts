/**
 * Parking spaces and phone lines (T4, 车位与电话): spaces assigned to companies for a period (one company at a
 * time), phone lines and extensions with a monthly rent, the month's usage fees typed per line. Managed with
 * billing.manage, read with billing.read; every change audited.
 */
import type { ParkingAssignInput, ParkingSpace, ParkingSpaceInput, PhoneLine, PhoneLineInput } from '@hy/contracts';
import { sqlState } from '../../../db/client.ts';
import { type Ctx, authorize, requireActor } from '../../../lib/context.ts';
import { AppError, errors } from '../../../lib/errors.ts';
import { say } from '../../../lib/messages.ts';
import { audit } from '../../audit/index.ts';
import * as repo from './parking.repository.ts';
import { overlaps } from './parking.rules.ts';

const taken = (ctx: Ctx, code: string, path: string, zh: string, en: string) =>
  new AppError(code, 409, say(ctx, zh, en), [{ path, message: say(ctx, zh, en), code }]);

export async function listSpaces(ctx: Ctx, propertyId: string): Promise<{ data: ParkingSpace[] }> {
  authorize(requireActor(ctx), propertyId, 'billing.read');
  const [spaces, assigns] = await Promise.all([repo.spacesOf(ctx.db, propertyId), repo.assignmentsOf(ctx.db, propertyId)]);
  return {
    data: spaces.map((s) => ({
      id: s.id,
      code: s.code,
      zone: s.zone,
      monthlyFeeFen: s.monthlyFeeFen,
      active: s.active,
      assignments: assigns
        .filter((a) => a.a.spaceId === s.id)
        .map((a) => ({
          id: a.a.id,
          organizationId: a.a.organizationId,
          organizationName: a.organizationName,
          fromDay: a.a.fromDay,
          toDay: a.a.toDay,
          plate: a.a.plate,
        })),
    })),
  };
}

export async function createSpace(ctx: Ctx, input: ParkingSpaceInput) {
  authorize(requireActor(ctx), input.propertyId, 'billing.manage');
  try {
    const row = await ctx.db.transaction(async (tx) => {
      const s = await repo.insertSpace(tx, input);
      await audit(tx, ctx, {
        propertyId: s.propertyId,
        entityType: 'parking_space',
        entityId: s.id,
        action: 'parking_space.create',
        after: input,
      });
      return s;
    });
    return (await listSpaces(ctx, row.propertyId)).data.find((s) => s.id === row.id)!;
  } catch (e) {
    if (sqlState(e) === '23505') throw taken(ctx, 'parking_code_taken', 'code', '车位编号已存在', 'The space code is taken');
    throw e;
  }
}

/** Assigns a space to a company from a day (to a day or open); a period overlapping another → 409. */
export async function assignSpace(ctx: Ctx, spaceId: string, input: ParkingAssignInput) {
  const actor = requireActor(ctx);
  const space = await repo.spaceById(ctx.db, spaceId);
  if (!space) throw errors.notFound();
  authorize(actor, space.propertyId, 'billing.manage');
  if (input.toDay && input.toDay < input.fromDay) throw errors.field('toDay', say(ctx, '结束日期早于开始日期', 'Ends before it starts'));
  if (!(await repo.organizationIn(ctx.db, space.propertyId, input.organizationId)))
    throw errors.field('organizationId', say(ctx, '用户不存在', 'Unknown company'), 'not_found');
  const next = { fromDay: input.fromDay, toDay: input.toDay ?? null };
  await ctx.db.transaction(async (tx) => {
    const existing = (await repo.assignmentsOf(tx, space.propertyId)).filter((a) => a.a.spaceId === spaceId);
    if (existing.some((a) => overlaps(a.a, next)))
      throw taken(ctx, 'parking_space_taken', 'fromDay', '该车位在此期间已分配', 'The space is assigned for that period already');
    const a = await repo.insertAssignment(tx, {
      propertyId: space.propertyId,
      spaceId,
      organizationId: input.organizationId,
      ...next,
      plate: input.plate ?? null,
    });
    await audit(tx, ctx, {
      propertyId: space.propertyId,
      entityType: 'parking_space',
      entityId: spaceId,
      action: 'parking_space.assign',
      after: { assignmentId: a.id, ...input },
    });
  });
  return (await listSpaces(ctx, space.propertyId)).data.find((s) => s.id === spaceId)!;
}

export async function listLines(ctx: Ctx, propertyId: string, month: string): Promise<{ data: PhoneLine[] }> {
  authorize(requireActor(ctx), propertyId, 'billing.read');
  const lines = await repo.linesOf(ctx.db, propertyId);
  const usage = await repo.usageOf(
    ctx.db,
    lines.map((l) => l.l.id),
    month,
  );
  return {
    data: lines.map(({ l, organizationName }) => ({
      id: l.id,
      organizationId: l.organizationId,
      organizationName,
      number: l.number,
      kind: l.kind,
      monthlyRentFen: l.monthlyRentFen,
      active: l.active,
      usageFen: usage.get(l.id) ?? null,
    })),
  };
}

export async function createLine(ctx: Ctx, input: PhoneLineInput): Promise<PhoneLine> {
  authorize(requireActor(ctx), input.propertyId, 'billing.manage');
  const org = await repo.organizationIn(ctx.db, input.propertyId, input.organizationId);
  if (!org) throw errors.field('organizationId', say(ctx, '用户不存在', 'Unknown company'), 'not_found');
  try {
    const l = await ctx.db.transaction(async (tx) => {
      const l = await repo.insertLine(tx, input);
      await audit(tx, ctx, {
        propertyId: l.propertyId,
        entityType: 'phone_line',
        entityId: l.id,
        action: 'phone_line.create',
        after: input,
      });
      return l;
    });
    const { propertyId: _p, createdAt: _c, ...rest } = l;
    return { ...rest, organizationName: org.name, usageFen: null };
  } catch (e) {
    if (sqlState(e) === '23505')
      throw taken(ctx, 'phone_number_taken', 'number', '电话号码已登记', 'The phone number is registered already');
    throw e;
  }
}

/** Types a line's usage fee of the month (again: corrects it). */
export async function setUsage(ctx: Ctx, lineId: string, month: string, usageFen: number) {
  const actor = requireActor(ctx);
  const line = await repo.lineById(ctx.db, lineId);
  if (!line) throw errors.notFound();
  authorize(actor, line.propertyId, 'billing.manage');
  await ctx.db.transaction(async (tx) => {
    await repo.upsertUsage(tx, { propertyId: line.propertyId, lineId, month, usageFen }, ctx.now());
    await audit(tx, ctx, {
      propertyId: line.propertyId,
      entityType: 'phone_line',
      entityId: lineId,
      action: 'phone_usage.set',
      after: { month, usageFen },
    });
  });
  return (await listLines(ctx, line.propertyId, month)).data.find((l) => l.id === lineId)!;
}
