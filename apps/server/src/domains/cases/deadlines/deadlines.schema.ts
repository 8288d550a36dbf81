/** Request schemas of deadlines (S4): the cases contract's pause, resume and extend. */
export { casePauseBody as reasonBody, caseResumeBody as noteBody, caseExtendBody as extendBody } from '@hy/contracts';
