/** Deadlines (S4): pause, resume, extend — the bodies the web sends. Bodies are strict. */
import { z } from 'zod';
import { optText, reqText, requestDate } from '../fields.ts';

/** POST /cases/{id}/pause: wait for the customer (the resolve timer stops). */
export const casePauseBody = z.object({ reason: reqText(500) }).strict();
export type CasePauseBody = z.input<typeof casePauseBody>;
/** POST /cases/{id}/resume */
export const caseResumeBody = z.object({ note: optText(2000) }).strict();
export type CaseResumeBody = z.input<typeof caseResumeBody>;
/** POST /cases/{id}/extend: a later resolve deadline, with the reason. */
export const caseExtendBody = z.object({ resolveDueAt: requestDate, reason: reqText(500) }).strict();
export type CaseExtendBody = z.input<typeof caseExtendBody>;
