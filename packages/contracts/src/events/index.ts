/**
 * The large-events contract (SPEC M13): one file per sub-feature, each with its schemas and error codes.
 *   event       the event, its 会务组 groups, members, duties and briefs
 *   programme   the schedule over days and venues (sessions booking venues), documents
 *   guests      invitations, registration, RSVP, live counts, per-session sign-in
 *   hotels      hotels, room blocks, rooming (宾客入住计划)
 *   transport   vehicles, transfers, dispatch sheets
 *   catering    meals with headcounts, menus, order sheet, signed counts
 *   materials   会务物资清单 drawn from the warehouse
 *   budget      会务服务预算表 with versions, actuals, variance, the fee statement
 *   wrapup      inspection (查漏补缺), record, survey, 会务工作总结
 */
import { EVENT_ERROR_CODES } from './event.ts';
import { PROGRAMME_ERROR_CODES } from './programme.ts';
import { GUESTS_ERROR_CODES } from './guests.ts';
import { HOTELS_ERROR_CODES } from './hotels.ts';
import { TRANSPORT_ERROR_CODES } from './transport.ts';
import { CATERING_ERROR_CODES } from './catering.ts';
import { MATERIALS_ERROR_CODES } from './materials.ts';
import { BUDGET_ERROR_CODES } from './budget.ts';
import { WRAPUP_ERROR_CODES } from './wrapup.ts';

export * from './event.ts';
export * from './programme.ts';
export * from './guests.ts';
export * from './hotels.ts';
export * from './transport.ts';
export * from './catering.ts';
export * from './materials.ts';
export * from './budget.ts';
export * from './wrapup.ts';

export const EVENTS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  ...EVENT_ERROR_CODES,
  ...PROGRAMME_ERROR_CODES,
  ...GUESTS_ERROR_CODES,
  ...HOTELS_ERROR_CODES,
  ...TRANSPORT_ERROR_CODES,
  ...CATERING_ERROR_CODES,
  ...MATERIALS_ERROR_CODES,
  ...BUDGET_ERROR_CODES,
  ...WRAPUP_ERROR_CODES,
};
