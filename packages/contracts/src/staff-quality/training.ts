/**
 * The monthly training plan (每月培训计划): sessions with a topic, a trainer, a time, a place and the roles it
 * is meant for; attendance (who attended, who was absent and why) and results (score, passed).
 */
import { z } from 'zod';
import { instant, list, nullableInstant, optText, reqText, requestDate, uuid } from '../fields.ts';
import { ROLES } from '../roles.ts';

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

export const trainingAttendee = z.object({
  userId: z.string(),
  userName: z.string(),
  attended: z.boolean(),
  absenceReason: z.string().nullable(),
  score: z.number().int().nullable(),
  passed: z.boolean().nullable(),
});
export type TrainingAttendee = z.infer<typeof trainingAttendee>;

export const trainingSession = z.object({
  id: z.string(),
  propertyId: z.string(),
  month: z.string(),
  topic: z.string(),
  trainer: z.string(),
  startsAt: instant,
  minutes: z.number().int(),
  place: z.string(),
  audienceRoles: z.array(z.enum(ROLES)),
  notes: z.string().nullable(),
  attendance: z.array(trainingAttendee),
  attendedCount: z.number().int(),
  absentCount: z.number().int(),
  recordedAt: nullableInstant,
  policies: z.object({ record: z.boolean() }),
});
export type TrainingSession = z.infer<typeof trainingSession>;
export const trainingSessionList = list(trainingSession);

/** Who was trained in a month: each staff member's sessions attended and missed. */
export const trainedStaff = z.object({
  data: z.array(
    z.object({ userId: z.string(), userName: z.string(), attended: z.number().int(), absent: z.number().int(), passed: z.number().int() }),
  ),
});

/** The property's staff (for attendance and evaluations): id, name and roles. */
export const qualityStaff = list(z.object({ id: z.string(), displayName: z.string(), roles: z.array(z.enum(ROLES)) }));
export type QualityStaff = z.infer<typeof qualityStaff>['data'][number];

// ---------- requests ----------

export const trainingCreate = z
  .object({
    propertyId: uuid,
    topic: reqText(200),
    trainer: reqText(60),
    startsAt: requestDate,
    minutes: z.number().int().min(10).max(600),
    place: reqText(100),
    audienceRoles: z.array(z.enum(ROLES)).min(1).max(ROLES.length),
    notes: optText(1000),
  })
  .strict();
export type TrainingCreate = z.input<typeof trainingCreate>;
export const trainingAttendanceBody = z
  .object({
    entries: z
      .array(
        z
          .object({
            userId: uuid,
            attended: z.boolean(),
            absenceReason: optText(200),
            score: z.number().int().min(0).max(100).nullish(),
            passed: z.boolean().nullish(),
          })
          .strict(),
      )
      .min(1)
      .max(200),
  })
  .strict();
export type TrainingAttendanceBody = z.input<typeof trainingAttendanceBody>;
export const trainingMonthQuery = z.object({ propertyId: uuid, month });

export const TRAINING_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  training_absence_reason: { status: 422, zh: '缺席须填写原因', en: 'An absence needs its reason' },
  training_not_held: { status: 422, zh: '培训尚未开始，不能登记出勤', en: 'The session has not begun yet' },
  training_not_staff: { status: 422, zh: '该人员不是本项目员工', en: 'This person is not on the property’s staff' },
  training_result_absent: { status: 422, zh: '缺席人员不能登记成绩', en: 'An absent person has no result' },
};
export type TrainedStaff = z.infer<typeof trainedStaff>;
