/** Dispatch rules as JSON (S5): the fields the API answers, chosen one by one. */
import type { DispatchRuleRow } from './dispatch.repository.ts';

export function presentDispatchRule(r: DispatchRuleRow) {
  return {
    propertyId: r.propertyId,
    subcategory: r.subcategory,
    mode: r.mode,
    assigneeId: r.assigneeId,
    teamRole: r.teamRole,
    updatedBy: r.updatedBy,
    updatedAt: r.updatedAt.toISOString(),
  };
}
