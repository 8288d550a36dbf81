/** Zod request schemas of attendees, the meeting page and sign-in (M11). Bodies are strict. */
import { z } from 'zod';
import { optText, phone, reqText } from '../../../lib/http.ts';

const id = z.string().uuid();
/** One attendee (manual add and each imported row). */
export const attendeeFields = z.object({
  name: reqText(50),
  organization: optText(100),
  title: optText(50),
  phone: phone.nullish().transform((v) => v ?? null),
  seat: optText(20),
  note: optText(200),
});
export const attendeeBody = attendeeFields.strict();
export const pageBody = z.object({ agenda: optText(20_000), handbook: optText(50_000) }).strict();
export const codeQuery = z.object({ attendeeId: id.optional() });
export const tokenParam = z.object({ token: z.string().min(10).max(100) });
export const publicSignInBody = z.object({ name: optText(50), phone: optText(30) }).strict();
