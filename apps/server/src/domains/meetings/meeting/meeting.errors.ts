/** The meetings domain's errors: a stable code from packages/contracts MEETING_ERROR_CODES, its status and (by default) its title. */
import { MEETING_ERROR_CODES, type MeetingErrorCode } from '@hy/contracts';
import { AppError } from '../../../lib/errors.ts';

export const failMeeting = (code: MeetingErrorCode, detail?: string, extra?: Record<string, unknown>) =>
  new AppError(code, MEETING_ERROR_CODES[code].status, detail ?? MEETING_ERROR_CODES[code].zh, undefined, extra);
