/**
 * Evaluation rules (pure): an evaluation scores every active criterion once, each at most its maximum; the
 * total is the sum and it passes at 60 % of the maximum. A spot check gives each of the four points once;
 * it passes when every point passes (its total is the number of points passed).
 */
import { SPOT_CHECK_POINTS, type SpotCheckPoint } from '@hy/contracts';

export const PASS_SHARE = 0.6;

type Criterion = { id: string; name: string; maxScore: number; active: boolean };
type Given = { criterionId: string; score: number; note?: string | null };
export type EvalRefusal = {
  code: 'evaluation_score_over' | 'evaluation_criteria_incomplete' | 'evaluation_criterion_unknown';
  path: string;
};

export function scoreEvaluation(criteria: Criterion[], given: Given[]) {
  const active = criteria.filter((c) => c.active);
  const seen = new Set<string>();
  for (const [i, g] of given.entries()) {
    const c = active.find((a) => a.id === g.criterionId);
    if (!c || seen.has(g.criterionId))
      return { refusal: { code: 'evaluation_criterion_unknown', path: `scores.${i}.criterionId` } as EvalRefusal };
    seen.add(g.criterionId);
    if (g.score > c.maxScore) return { refusal: { code: 'evaluation_score_over', path: `scores.${i}.score` } as EvalRefusal };
  }
  if (seen.size !== active.length || !active.length)
    return { refusal: { code: 'evaluation_criteria_incomplete', path: 'scores' } as EvalRefusal };
  const points = active.map((c) => {
    const g = given.find((x) => x.criterionId === c.id)!;
    return { criterionId: c.id, code: null, label: c.name, maxScore: c.maxScore, score: g.score, passed: null, note: g.note ?? null };
  });
  const total = points.reduce((s, p) => s + p.score, 0);
  const maxTotal = points.reduce((s, p) => s + p.maxScore, 0);
  return { points, total, maxTotal, passed: total >= Math.ceil(maxTotal * PASS_SHARE) };
}

export function scoreSpotCheck(given: { code: SpotCheckPoint; passed: boolean; note?: string | null }[], en: boolean) {
  const seen = new Set<string>();
  for (const [i, g] of given.entries()) {
    if (seen.has(g.code)) return { refusal: { code: 'spot_check_point_twice' as const, path: `points.${i}.code` } };
    seen.add(g.code);
  }
  const points = SPOT_CHECK_POINTS.map((p) => {
    const g = given.find((x) => x.code === p.code)!;
    return {
      criterionId: null,
      code: p.code,
      label: en ? p.en : p.zh,
      maxScore: 1,
      score: g.passed ? 1 : 0,
      passed: g.passed,
      note: g.note ?? null,
    };
  });
  const total = points.reduce((s, p) => s + p.score, 0);
  return { points, total, maxTotal: points.length, passed: total === points.length };
}
