/** Requests of the executive floor. Bodies are strict: unknown fields are refused. */
import { z } from 'zod';
import { EXEC_DEPARTMENTS, EXEC_REQUEST_KINDS, EXEC_REQUEST_STATUSES, optText, requestDate, uuid } from '@hy/contracts';

export const requestsQuery = z.object({
  propertyId: uuid,
  /** The local day (default today): its requests and every unfinished one from before. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
    .optional(),
  status: z.enum(EXEC_REQUEST_STATUSES).optional(),
});
export type RequestsQuery = z.infer<typeof requestsQuery>;

export const requestCreate = z
  .object({
    propertyId: uuid,
    executiveId: uuid,
    kind: z.enum(EXEC_REQUEST_KINDS),
    department: z.enum(EXEC_DEPARTMENTS).nullish(),
    detail: optText(500),
    whenOut: z.boolean().default(false),
    windowFrom: requestDate.nullish(),
    windowTo: requestDate.nullish(),
    dueAt: requestDate.nullish(),
    via: z.enum(['phone', 'in_person']).default('phone'),
  })
  .strict();
export type RequestCreate = z.infer<typeof requestCreate>;

export const stepBody = z.object({ note: optText(500) }).strict();
