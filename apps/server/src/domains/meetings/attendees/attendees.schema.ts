/** Request schemas of attendees, the meeting page and sign-in (M11): the meetings contract's; the public token's path here. */
import { z } from 'zod';

export {
  attendeeFields,
  attendeeBody,
  meetingPageBody as pageBody,
  signInCodeQuery as codeQuery,
  publicSignInBody,
  signInScanBody as scanBody,
} from '@hy/contracts';
export const tokenParam = z.object({ token: z.string().min(10).max(100) });
