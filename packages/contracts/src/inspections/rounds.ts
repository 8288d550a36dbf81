/**
 * Inspection rounds (T2): created ahead of each window by a job, walked on a phone — each checkpoint scanned
 * (its QR token) or picked from the list with a reason when the code is damaged — the checklist filled with
 * photos, then completed. Missed (not started by the window's end) and late (completed after it) rounds
 * alert the supervisor once.
 */
import { z } from 'zod';
import { day, instant, nullableInstant, optText, uuid } from '../fields.ts';
import { checkpoint, PLAN_KINDS } from './plans.ts';
import { fileRef } from '../files/files.ts';

export const ROUND_STATES = ['scheduled', 'in_progress', 'completed', 'missed'] as const;
export type RoundStateCode = (typeof ROUND_STATES)[number];
export const VISIT_METHODS = ['scan', 'pick'] as const;
export const RESULT_OUTCOMES = ['pass', 'fail', 'na'] as const;

export const ROUNDS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  round_held_by_other: { status: 409, zh: '该巡检任务由其他巡检员负责', en: 'Another inspector holds this round' },
  checkpoint_not_on_round: { status: 422, zh: '该巡检点不在本次巡检路线上', en: 'This checkpoint is not on the round' },
  round_incomplete: { status: 422, zh: '还有巡检点未巡查，不能完成', en: 'Some checkpoints have not been visited' },
  round_closed: { status: 409, zh: '该巡检任务已结束', en: 'The round is closed' },
  checkpoint_visited: { status: 409, zh: '该巡检点已巡查', en: 'This checkpoint was visited already' },
  results_incomplete: { status: 422, zh: '检查项未填写完整', en: 'Some checklist items are not filled in' },
};

export const resultInput = z
  .object({
    checkItemId: uuid,
    outcome: z.enum(RESULT_OUTCOMES).optional(),
    valueNumber: z.number().finite().nullable().optional(),
    valueText: optText(500),
    photoFileIds: z.array(uuid).max(6).default([]),
    note: optText(300),
  })
  .strict();
export type ResultInput = z.input<typeof resultInput>;

/** Reach a checkpoint: the scanned token, or the checkpoint picked from the list with the reason. */
export const visitInput = z
  .object({
    token: z.string().trim().min(1).max(120).optional(),
    checkpointId: uuid.optional(),
    pickReason: optText(200),
    note: optText(300),
    results: z.array(resultInput).max(30).optional(),
  })
  .strict();
export type VisitInput = z.input<typeof visitInput>;
export const resultsInput = z.object({ results: z.array(resultInput).min(1).max(30), note: optText(300) }).strict();
export type ResultsInput = z.input<typeof resultsInput>;

export const roundQuery = z.object({
  propertyId: uuid,
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional(),
  area: z.string().max(40).optional(),
  assigneeId: uuid.optional(),
  state: z.enum(ROUND_STATES).optional(),
  mine: z.enum(['true', 'false']).optional(),
});
export type RoundQuery = z.infer<typeof roundQuery>;
export const statsQuery = z.object({ propertyId: uuid, month: z.string().regex(/^\d{4}-\d{2}$/) });
export const generateInput = z
  .object({
    propertyId: uuid,
    date: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional(),
  })
  .strict();

export const roundSummary = z.object({
  id: z.string(),
  propertyId: z.string(),
  planId: z.string(),
  planName: z.string(),
  area: z.string(),
  kind: z.enum(PLAN_KINDS),
  dueDate: day,
  windowStart: instant,
  windowEnd: instant,
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  reassignedFromName: z.string().nullable(),
  state: z.enum(ROUND_STATES),
  late: z.boolean(),
  startedAt: nullableInstant,
  completedAt: nullableInstant,
  checkpointCount: z.number().int(),
  visitedCount: z.number().int(),
  failedCount: z.number().int(),
  pickedCount: z.number().int(),
});
export type RoundSummary = z.infer<typeof roundSummary>;

export const roundResult = z.object({
  checkItemId: z.string(),
  outcome: z.enum(RESULT_OUTCOMES),
  valueNumber: z.number().nullable(),
  valueText: z.string().nullable(),
  photoFileIds: z.array(z.string()),
  photos: z.array(fileRef),
  note: z.string().nullable(),
});
export const roundVisit = z.object({
  id: z.string(),
  checkpointId: z.string(),
  method: z.enum(VISIT_METHODS),
  pickReason: z.string().nullable(),
  visitedAt: instant,
  visitedByName: z.string(),
  note: z.string().nullable(),
  results: z.array(roundResult),
});
export type RoundVisit = z.infer<typeof roundVisit>;

export const round = roundSummary.extend({
  checkpoints: z.array(checkpoint),
  visits: z.array(roundVisit),
  policies: z.object({ walk: z.boolean(), complete: z.boolean() }),
});
export type Round = z.infer<typeof round>;
export const roundList = z.object({ data: z.array(roundSummary) });

export const roundStatsRow = z.object({
  area: z.string(),
  inspector: z.string(),
  due: z.number().int(),
  done: z.number().int(),
  late: z.number().int(),
  missed: z.number().int(),
  picked: z.number().int(),
  failed: z.number().int(),
});
export type RoundStatsRow = z.infer<typeof roundStatsRow>;
export const roundStats = z.object({ month: z.string(), data: z.array(roundStatsRow) });
export const generated = z.object({ created: z.number().int() });
