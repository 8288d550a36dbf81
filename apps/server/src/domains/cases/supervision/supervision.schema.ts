/** Request schemas of supervision (S9) and the report periods every report query takes (?format=xlsx for a workbook). */
import { z } from 'zod';
import { weekMonday } from '@hy/contracts';
import { optText, reqText } from '../../../lib/http.ts';

const id = z.string().uuid();
const validDate = (v: string) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v);
export const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');
export const date = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
  .refine(validDate, 'YYYY-MM-DD');
export const quarter = z.string().regex(/^\d{4}Q[1-4]$/, 'YYYYQn');
export const week = z.string().refine((v) => weekMonday(v) !== null, 'YYYY-Www');
export const format = { format: z.enum(['json', 'xlsx']).default('json') };

export const dailyQuery = z.object({ propertyId: id, date, ...format });
export const signDailyBody = z.object({ propertyId: id, date, note: optText(1000) }).strict();
export const weeklyQuery = z.object({ propertyId: id, week, ...format });
export const monthQuery = z.object({ propertyId: id, month, ...format });
export const signMonthlyBody = z.object({ propertyId: id, month, note: optText(2000) }).strict();
export const analysisBody = z.object({ propertyId: id, month, analysis: reqText(5000) }).strict();
