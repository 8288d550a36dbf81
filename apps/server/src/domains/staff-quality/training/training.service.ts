/**
 * The monthly training plan: a supervisor plans sessions (the month is the session's local month); once a
 * session has begun, attendance is recorded — attended with a score and whether passed, or absent with the
 * reason — for the property's staff only. The month's trained staff are listed per person.
 */
import type { TrainingAttendanceBody, TrainingCreate, TrainingSession } from '@hy/contracts';
import type { Actor, Ctx } from '../../../lib/context.ts';
import { authorize, can, memberProperties, requireActor } from '../../../lib/context.ts';
import { errors } from '../../../lib/errors.ts';
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import { audit } from '../../audit/index.ts';
import { refuse, zoneOf } from '../shared.ts';
import { staffOf } from '../staff.repository.ts';
import * as repo from './training.repository.ts';

function present(actor: Actor, s: repo.SessionRow, att: repo.AttendanceRow[]): TrainingSession {
  return {
    id: s.id,
    propertyId: s.propertyId,
    month: s.month,
    topic: s.topic,
    trainer: s.trainer,
    startsAt: s.startsAt.toISOString(),
    minutes: s.minutes,
    place: s.place,
    audienceRoles: s.audienceRoles as TrainingSession['audienceRoles'],
    notes: s.notes,
    attendance: att.map((a) => ({
      userId: a.userId,
      userName: a.userName,
      attended: a.attended,
      absenceReason: a.absenceReason,
      score: a.score,
      passed: a.passed,
    })),
    attendedCount: att.filter((a) => a.attended).length,
    absentCount: att.filter((a) => !a.attended).length,
    recordedAt: att.length ? new Date(Math.max(...att.map((a) => a.recordedAt.getTime()))).toISOString() : null,
    policies: { record: can(actor, s.propertyId, 'quality.manage') },
  };
}

export async function listStaff(ctx: Ctx, propertyId: string) {
  authorize(requireActor(ctx), propertyId, 'quality.read');
  return { data: await staffOf(ctx.db, propertyId) };
}

export async function getSession(ctx: Ctx, id: string) {
  const actor = requireActor(ctx);
  const s = await repo.findSession(ctx.db, id);
  if (!s || !memberProperties(actor).includes(s.propertyId) || !can(actor, s.propertyId, 'quality.read'))
    throw errors.notFound('training session');
  return present(actor, s, (await repo.attendanceOf(ctx.db, [id])).get(id)!);
}

export async function listMonth(ctx: Ctx, propertyId: string, month: string) {
  const actor = requireActor(ctx);
  authorize(actor, propertyId, 'quality.read');
  const rows = await repo.sessionsOfMonth(ctx.db, propertyId, month);
  const att = await repo.attendanceOf(
    ctx.db,
    rows.map((r) => r.id),
  );
  return { data: rows.map((r) => present(actor, r, att.get(r.id)!)) };
}

export async function trained(ctx: Ctx, propertyId: string, month: string) {
  authorize(requireActor(ctx), propertyId, 'quality.read');
  return { data: await repo.trainedInMonth(ctx.db, propertyId, month) };
}

export async function plan(ctx: Ctx, input: Omit<TrainingCreate, 'startsAt'> & { startsAt: Date }) {
  const actor = requireActor(ctx);
  authorize(actor, input.propertyId, 'quality.manage');
  const tz = await zoneOf(ctx.db, input.propertyId);
  const id = await ctx.db.transaction(async (tx) => {
    const s = await repo.insertSession(tx, {
      propertyId: input.propertyId,
      month: dayjs(input.startsAt).tz(tz).format('YYYY-MM'),
      topic: input.topic,
      trainer: input.trainer,
      startsAt: input.startsAt,
      minutes: input.minutes,
      place: input.place,
      audienceRoles: [...new Set(input.audienceRoles)],
      notes: input.notes ?? null,
      createdBy: actor.id,
    });
    await audit(tx, ctx, {
      action: 'training_session.planned',
      entityType: 'training_session',
      entityId: s.id,
      propertyId: s.propertyId,
      before: null,
      after: s,
    });
    return s.id;
  });
  return getSession(ctx, id);
}

export async function recordAttendance(ctx: Ctx, id: string, body: TrainingAttendanceBody) {
  const actor = requireActor(ctx);
  const s = await repo.findSession(ctx.db, id);
  if (!s || !memberProperties(actor).includes(s.propertyId) || !can(actor, s.propertyId, 'quality.read'))
    throw errors.notFound('training session');
  authorize(actor, s.propertyId, 'quality.manage');
  if (s.startsAt > ctx.now()) throw refuse(ctx, 'training_not_held');
  for (const [i, e] of body.entries.entries()) {
    if (!e.attended && !e.absenceReason) throw refuse(ctx, 'training_absence_reason', `entries.${i}.absenceReason`);
    if (!e.attended && (e.score != null || e.passed != null)) throw refuse(ctx, 'training_result_absent', `entries.${i}.score`);
  }
  const ids = [...new Set(body.entries.map((e) => e.userId))];
  if (ids.length !== body.entries.length) throw errors.field('entries', 'duplicate person', 'duplicate');
  const staff = new Map((await staffOf(ctx.db, s.propertyId, ids)).map((u) => [u.id, u]));
  const stranger = body.entries.findIndex((e) => !staff.has(e.userId));
  if (stranger >= 0) throw refuse(ctx, 'training_not_staff', `entries.${stranger}.userId`);
  const before = (await repo.attendanceOf(ctx.db, [id])).get(id)!;
  await ctx.db.transaction(async (tx) => {
    await repo.upsertAttendance(
      tx,
      body.entries.map((e) => ({
        sessionId: id,
        userId: e.userId,
        userName: staff.get(e.userId)!.displayName,
        attended: e.attended,
        absenceReason: e.attended ? null : (e.absenceReason ?? null),
        score: e.score ?? null,
        passed: e.passed ?? null,
        recordedAt: ctx.now(),
      })),
    );
    await audit(tx, ctx, {
      action: 'training_session.attendance_recorded',
      entityType: 'training_session',
      entityId: id,
      propertyId: s.propertyId,
      meta: { entries: body.entries.length, before: before.length },
    });
  });
  return getSession(ctx, id);
}
