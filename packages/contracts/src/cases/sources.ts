/** Case sources: the record a case was opened from (a patrol finding), shown on the case page with a link back. */
import { z } from 'zod';

export const CASE_SOURCE_KINDS = ['inspection_finding'] as const;
export const caseSource = z.object({
  kind: z.enum(CASE_SOURCE_KINDS),
  id: z.string(),
  /** e.g. '大堂与电梯巡检 2026-12-04 / 1F 男卫生间' */
  label: z.string(),
  /** the web page of the source */
  link: z.string().nullable(),
});
export type CaseSource = z.infer<typeof caseSource>;
export const caseSourceAnswer = z.object({ data: caseSource.nullable() });
