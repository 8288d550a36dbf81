/** Zod request schemas of staffing (M6, M12 授权上岗). Bodies are strict. */
import { z } from 'zod';
import { optText, reqText } from '../../../lib/http.ts';

const id = z.string().uuid();
const instant = z.string().datetime({ offset: true });
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');
export const propertyQuery = z.object({ propertyId: id });
export const userParam = z.object({ userId: id });
export const profileBody = z
  .object({
    propertyId: id,
    post: optText(50),
    trainings: z
      .array(z.object({ name: reqText(100), date: day }).strict())
      .max(100)
      .default([]),
    backgroundCheckNo: optText(50),
    backgroundCheckUntil: day.nullish(),
    sensitivePost: z.boolean().default(false),
    confidentialAuthorised: z.boolean().default(false),
    departmentHead: z.boolean().default(false),
  })
  .strict();
export const rosterBody = z.object({ propertyId: id, userIds: z.array(id).min(1).max(200), from: day, to: day }).strict();
export const shiftBody = z.object({ propertyId: id, userId: id, startsAt: instant, endsAt: instant, note: optText(200) }).strict();
export const shiftQuery = z.object({ propertyId: id, from: instant, to: instant, userId: id.optional() });
export const assignBody = z.object({ userId: id }).strict();
export const assignmentParams = z.object({ id, userId: id });
