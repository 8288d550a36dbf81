/**
 * The front desk's contract (F1–F6): one file per sub-feature, each with its response schemas and its
 * stable error codes.
 *
 *   directory.ts   the directory of departments, tenants and people every staff member reads (F2)
 *   visitors.ts    visitors, host consent, watch list, executive floor admission (F1, F6)
 *   mail.ts        mail and parcels, 机要 items, outgoing mail, accuracy (F4)
 *   desk.ts        message book, business calls, lending (F2, F3)
 *   executive.ts   the executive floor's requests (F6)
 *   queue.ts       the desk queue: every list the desk works from, in one answer (F1–F5)
 *   handover.ts    the shift handover (F5)
 */
import { DIRECTORY_ERROR_CODES } from './directory.ts';
import { VISITOR_ERROR_CODES } from './visitors.ts';
import { MAIL_ERROR_CODES } from './mail.ts';
import { DESK_ERROR_CODES } from './desk.ts';
import { EXEC_ERROR_CODES } from './executive.ts';
import { HANDOVER_ERROR_CODES } from './handover.ts';

export * from './directory.ts';
export * from './visitors.ts';
export * from './mail.ts';
export * from './desk.ts';
export * from './executive.ts';
export * from './queue.ts';
export * from './handover.ts';

export const FRONT_DESK_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  ...DIRECTORY_ERROR_CODES,
  ...VISITOR_ERROR_CODES,
  ...MAIL_ERROR_CODES,
  ...DESK_ERROR_CODES,
  ...EXEC_ERROR_CODES,
  ...HANDOVER_ERROR_CODES,
};
