/** Zod schemas of the meeting reports (M10) and the organizer's satisfaction survey. */
import { z } from 'zod';
import { optText } from '../../../lib/http.ts';

const id = z.string().uuid();
const format = z.enum(['json', 'xlsx']).default('json');
export const dailyQuery = z.object({
  propertyId: id,
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
    .optional(),
  format,
});
export const weeklyQuery = z.object({
  propertyId: id,
  week: z
    .string()
    .regex(/^\d{4}-W\d{2}$/, 'YYYY-Www')
    .optional(),
  format,
});
export const monthlyQuery = z.object({
  propertyId: id,
  month: z
    .string()
    .regex(/^\d{4}-\d{2}$/, 'YYYY-MM')
    .optional(),
  format,
});
export const surveyBody = z.object({ rating: z.number().int().min(1).max(5), comment: optText(1000) }).strict();
