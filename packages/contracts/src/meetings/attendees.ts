/** Response and request schemas of attendees, the meeting page (agenda, handbook) and QR sign-in (SPEC M11, M12). */
import { z } from 'zod';
import { instant, nullableInstant, optText, phone, reqText, uuid } from '../fields.ts';
import { SIGN_IN_METHODS } from '../meetings.ts';

export const signInCount = z.object({ total: z.number(), signedIn: z.number() });
export type SignInCount = z.infer<typeof signInCount>;

export const attendee = z.object({
  id: z.string(),
  name: z.string(),
  organization: z.string().nullable(),
  title: z.string().nullable(),
  phone: z.string().nullable(),
  seat: z.string().nullable(),
  note: z.string().nullable(),
  signedInAt: nullableInstant,
  signedInVia: z.enum(SIGN_IN_METHODS).nullable(),
});
export type Attendee = z.infer<typeof attendee>;
/** GET /service-notices/:id/attendees: the attendees and the live count. */
export const attendeeList = z.object({ data: z.array(attendee), count: signInCount });
export type AttendeeList = z.infer<typeof attendeeList>;
export const attendeesImported = z.object({ imported: z.number() });
export type AttendeesImported = z.infer<typeof attendeesImported>;

/** Agenda, handbook and live sign-in count of a meeting (staff and its organizer). */
export const meetingPage = z.object({
  noticeId: z.string(),
  number: z.string(),
  meetingName: z.string(),
  venue: z.string(),
  startAt: instant,
  endAt: instant,
  agenda: z.string().nullable(),
  handbook: z.string().nullable(),
  count: signInCount,
});
export type MeetingPage = z.infer<typeof meetingPage>;

/** The QR code of a meeting or of one attendee. */
export const signInCode = z.object({ token: z.string(), url: z.string(), svgDataUrl: z.string(), pngDataUrl: z.string() });
export type SignInCode = z.infer<typeof signInCode>;
export const signInCodesRevoked = z.object({ revoked: z.literal(true) });
export type SignInCodesRevoked = z.infer<typeof signInCodesRevoked>;

/** A sign-in (at the desk or with a code); a repeat answers alreadySignedIn. */
export const signedIn = z.object({
  attendee: z.object({ id: z.string(), name: z.string(), seat: z.string().nullable() }),
  signedInAt: nullableInstant,
  alreadySignedIn: z.boolean(),
  count: signInCount,
});
export type SignedIn = z.infer<typeof signedIn>;

/** A code's public page; a confidential meeting's names no meeting, venue, agenda or handbook (M12). */
export const publicSignInPage = z.object({
  meetingName: z.string(),
  venue: z.string().nullable(),
  agenda: z.string().nullable(),
  handbook: z.string().nullable(),
  startAt: instant,
  endAt: instant,
  attendee: z.object({ name: z.string(), seat: z.string().nullable(), signedInAt: nullableInstant }).nullable(),
  needs: z.array(z.enum(['name', 'phone'])),
  count: signInCount,
});
export type PublicPage = z.infer<typeof publicSignInPage>;

/* Requests: attendees, the meeting page, sign-in. Bodies are strict. */

/** One attendee (manual add and each imported row). */
export const attendeeFields = z.object({
  name: reqText(50),
  organization: optText(100),
  title: optText(50),
  phone: phone.nullish().transform((v) => v ?? null),
  seat: optText(20),
  note: optText(200),
});
/** POST /service-notices/{id}/attendees */
export const attendeeBody = attendeeFields.strict();
export type AttendeeBody = z.input<typeof attendeeBody>;
/** PUT /service-notices/{id}/page */
export const meetingPageBody = z.object({ agenda: optText(20_000), handbook: optText(50_000) }).strict();
export type MeetingPageBody = z.input<typeof meetingPageBody>;
/** GET /service-notices/{id}/sign-in-code: the meeting's code, or an attendee's own. */
export const signInCodeQuery = z.object({ attendeeId: uuid.optional() });
export type SignInCodeQuery = z.input<typeof signInCodeQuery>;
/** POST /public/meeting-sign-in/{token}: an attendee's code needs no fields; the meeting's asks for the name (and phone). */
export const publicSignInBody = z.object({ name: optText(50), phone: optText(30) }).strict();
export type PublicSignInBody = z.input<typeof publicSignInBody>;
/** POST /service-notices/{id}/sign-in/scan: the sign-in desk scanned (or typed) an attendee's personal code — the link or its token. */
export const signInScanBody = z.object({ code: z.string().trim().min(1).max(500) }).strict();
export type SignInScanBody = z.input<typeof signInScanBody>;
