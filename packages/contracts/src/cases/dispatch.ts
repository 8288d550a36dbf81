/** Dispatch (S5): dispatch rules per repair type and the engineers' workload. */
import { z } from 'zod';
import { CASE_SUBCATEGORIES, DISPATCH_MODES } from '../cases.ts';
import { instant, optText, reqText, uuid } from '../fields.ts';

export const dispatchRuleRow = z.object({
  propertyId: z.string(),
  subcategory: z.string(),
  mode: z.enum(DISPATCH_MODES),
  assigneeId: z.string().nullable(),
  teamRole: z.string().nullable(),
  updatedBy: z.string().nullable(),
  updatedAt: instant,
});
export const dispatchRuleSet = z.object({ propertyId: z.string(), rules: z.array(dispatchRuleRow) });

/** Engineers with their open work orders (issued / accepted / on site). */
export const engineerWorkload = z.object({
  propertyId: z.string(),
  engineers: z.array(z.object({ userId: z.string(), displayName: z.string(), openWorkOrders: z.number() })),
  unassigned: z.number(),
});

export type DispatchRuleRow = z.infer<typeof dispatchRuleRow>;
export type DispatchRuleSet = z.infer<typeof dispatchRuleSet>;
export type EngineerWorkload = z.infer<typeof engineerWorkload>;

/* Requests: dispatch to a handler, the dispatch rules, transfer and hand-back. Bodies are strict. */

/** POST /cases/{id}/dispatch */
export const caseDispatchBody = z.object({ assigneeId: uuid.nullish(), note: optText(500) }).strict();
export type CaseDispatchBody = z.input<typeof caseDispatchBody>;
/** PUT /dispatch-rules: the dispatch mode per repair type ('*': every other type). */
export const dispatchRulesBody = z
  .object({
    rules: z
      .array(
        z
          .object({
            subcategory: z.union([z.enum(CASE_SUBCATEGORIES), z.literal('*')]),
            mode: z.enum(DISPATCH_MODES),
            assigneeId: uuid.nullish(),
            teamRole: z.enum(['engineer']).nullish(),
          })
          .strict(),
      )
      .max(50),
  })
  .strict();
export type DispatchRulesBody = z.input<typeof dispatchRulesBody>;
/** POST /work-orders/{id}/transfer: to another engineer, with the reason. */
export const workOrderTransferBody = z.object({ assigneeId: uuid, reason: reqText(500) }).strict();
export type WorkOrderTransferBody = z.input<typeof workOrderTransferBody>;
/** POST /work-orders/{id}/hand-back: the assigned engineer gives it back, with the reason. */
export const workOrderHandBackBody = z.object({ reason: reqText(500) }).strict();
export type WorkOrderHandBackBody = z.input<typeof workOrderHandBackBody>;
