import { z } from 'zod';
import { isoDate, year } from '../work-days/work-days.schema.ts';

export const MAX_IMPORT_DAYS = 400;

export const overrideKind = z.enum(['holiday', 'workday']);
const overrideName = z
  .string()
  .trim()
  .max(50)
  .nullish()
  .transform((v) => (v ? v : null));
export const overridesQuery = z.object({ propertyId: z.string().uuid(), year: year.optional() });
export const overrideParams = z.object({ propertyId: z.string().uuid(), date: isoDate });
export const overrideBody = z.object({ kind: overrideKind, name: overrideName }).strict();
export const importBody = z
  .object({
    propertyId: z.string().uuid(),
    days: z
      .array(z.object({ date: isoDate, kind: overrideKind, name: overrideName }).strict())
      .min(1)
      .max(MAX_IMPORT_DAYS),
  })
  .strict();

export type OverrideInput = z.infer<typeof overrideBody>;
export type ImportInput = z.infer<typeof importBody>;
