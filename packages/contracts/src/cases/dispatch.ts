/** Dispatch (S5): dispatch rules per repair type and the engineers' workload. */
import { z } from 'zod';
import { DISPATCH_MODES } from '../cases.ts';
import { instant } from '../fields.ts';

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
