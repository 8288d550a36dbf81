/**
 * Evaluations (考评): criteria with their maximum scores (kept by whoever holds quality.criteria); a staff
 * member evaluated by a supervisor with a score per criterion and a total; spot checks of the front desk —
 * appearance, answering within three rings, standard phrases, following up complaints — pass or fail per point.
 */
import { z } from 'zod';
import { instant, list, optText, page, pageQuery, reqText, uuid } from '../fields.ts';

export const SPOT_CHECK_POINTS = [
  { code: 'appearance', zh: '仪容仪表', en: 'Appearance' },
  { code: 'three_rings', zh: '三声内接听', en: 'Answered within three rings' },
  { code: 'standard_phrases', zh: '使用标准用语', en: 'Standard phrases' },
  { code: 'complaint_follow_up', zh: '投诉跟进', en: 'Complaints followed up' },
] as const;
export type SpotCheckPoint = (typeof SPOT_CHECK_POINTS)[number]['code'];
export const SPOT_CHECK_CODES = SPOT_CHECK_POINTS.map((p) => p.code) as [SpotCheckPoint, ...SpotCheckPoint[]];
export const EVALUATION_KINDS = ['evaluation', 'spot_check'] as const;
export type EvaluationKind = (typeof EVALUATION_KINDS)[number];

const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

export const evaluationCriterion = z.object({
  id: z.string(),
  name: z.string(),
  maxScore: z.number().int(),
  position: z.number().int(),
  active: z.boolean(),
});
export type EvaluationCriterion = z.infer<typeof evaluationCriterion>;
export const evaluationCriteriaList = z.object({ data: z.array(evaluationCriterion), canManage: z.boolean() });

export const staffEvaluation = z.object({
  id: z.string(),
  propertyId: z.string(),
  kind: z.enum(EVALUATION_KINDS),
  month: z.string(),
  staffId: z.string(),
  staffName: z.string(),
  evaluatorName: z.string(),
  evaluatedAt: instant,
  total: z.number().int(),
  maxTotal: z.number().int(),
  passed: z.boolean(),
  remarks: z.string().nullable(),
  points: z.array(
    z.object({
      criterionId: z.string().nullable(),
      code: z.string().nullable(),
      label: z.string(),
      maxScore: z.number().int(),
      score: z.number().int(),
      passed: z.boolean().nullable(),
      note: z.string().nullable(),
    }),
  ),
});
export type StaffEvaluation = z.infer<typeof staffEvaluation>;
export const staffEvaluationPage = page(staffEvaluation);
export const staffEvaluationList = list(staffEvaluation);

// ---------- requests ----------

export const criterionCreate = z.object({ propertyId: uuid, name: reqText(60), maxScore: z.number().int().min(1).max(100) }).strict();
export const criterionUpdate = z
  .object({ name: reqText(60).optional(), maxScore: z.number().int().min(1).max(100).optional(), active: z.boolean().optional() })
  .strict();
export const evaluationCreate = z
  .object({
    propertyId: uuid,
    staffId: uuid,
    month,
    scores: z
      .array(z.object({ criterionId: uuid, score: z.number().int().min(0).max(100), note: optText(200) }).strict())
      .min(1)
      .max(50),
    remarks: optText(1000),
  })
  .strict();
export type EvaluationCreate = z.input<typeof evaluationCreate>;
export const spotCheckCreate = z
  .object({
    propertyId: uuid,
    staffId: uuid,
    points: z
      .array(z.object({ code: z.enum(SPOT_CHECK_CODES), passed: z.boolean(), note: optText(200) }).strict())
      .length(SPOT_CHECK_POINTS.length),
    remarks: optText(1000),
  })
  .strict();
export type SpotCheckCreate = z.input<typeof spotCheckCreate>;
export const evaluationQuery = z.object({
  ...pageQuery,
  propertyId: uuid,
  kind: z.enum(EVALUATION_KINDS).optional(),
  staffId: uuid.optional(),
  month: month.optional(),
});
export type EvaluationQuery = z.infer<typeof evaluationQuery>;

export const EVALUATIONS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  evaluation_self: { status: 422, zh: '不能考评自己', en: 'You cannot evaluate yourself' },
  evaluation_score_over: { status: 422, zh: '得分超过该项满分', en: 'A score exceeds the criterion’s maximum' },
  evaluation_criteria_incomplete: { status: 422, zh: '须为每个考评项目打分', en: 'Every criterion needs a score' },
  evaluation_criterion_unknown: { status: 422, zh: '考评项目不存在或已停用', en: 'The criterion does not exist or is inactive' },
  evaluation_not_staff: { status: 422, zh: '该人员不是本项目员工', en: 'This person is not on the property’s staff' },
  spot_check_point_twice: { status: 422, zh: '同一抽查要点填写了两次', en: 'A point was given twice' },
  criterion_exists: { status: 409, zh: '已有同名考评项目', en: 'A criterion of that name exists' },
};
export type EvaluationCriteriaList = z.infer<typeof evaluationCriteriaList>;
