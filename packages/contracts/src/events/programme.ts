/**
 * Large events (SPEC M13): programme — the schedule over days and venues (sessions that book venues through the
 * booking rules, all or nothing) and the event's documents (versioned files with who may see them).
 */
import { z } from 'zod';
import { instant, nullableInstant, optText, reqText, requestInstant, uuid } from '../fields.ts';

export const SESSION_KINDS = ['plenary', 'group', 'meal', 'visit', 'transfer', 'other'] as const;
export type SessionKind = (typeof SESSION_KINDS)[number];

export const DOCUMENT_KINDS = ['agenda', 'handbook', 'speech', 'attendees', 'seating', 'other'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
/** Who sees a document: the 会务组 only, the guests too, the organizer, everyone who reads the event. */
export const DOCUMENT_VISIBILITIES = ['team', 'guests', 'organizer', 'public'] as const;
export type DocumentVisibility = (typeof DOCUMENT_VISIBILITIES)[number];

/** One session as the programme form sends it: a venue of the property (booked) or a free-text place. */
export const sessionInput = z
  .object({
    kind: z.enum(SESSION_KINDS),
    title: reqText(200),
    startsAt: requestInstant,
    endsAt: requestInstant,
    venueId: uuid.nullish(),
    place: optText(200),
    expectedCount: z.number().int().min(1).max(100_000).nullish(),
    notes: optText(2000),
  })
  .strict();
export type SessionInput = z.infer<typeof sessionInput>;

/** POST /events/{id}/programme: several sessions at once; every venue session is booked, all or nothing. */
export const programmeCreate = z.object({ sessions: z.array(sessionInput).min(1).max(60) }).strict();
export type ProgrammeCreate = z.infer<typeof programmeCreate>;

/** PATCH /events/{id}/sessions/{sessionId}: move it (time), rename it; its booking moves with it. */
export const sessionPatch = z
  .object({
    title: reqText(200).optional(),
    startsAt: requestInstant.optional(),
    endsAt: requestInstant.optional(),
    expectedCount: z.number().int().min(1).max(100_000).nullish(),
    notes: optText(2000),
  })
  .strict();
export type SessionPatch = z.infer<typeof sessionPatch>;

export const sessionCancel = z.object({ reason: reqText(500) }).strict();
export const mainSessionBody = z.object({ sessionId: uuid.nullable() }).strict();

export const eventSessionParams = z.object({ id: uuid, sessionId: uuid });

export const programmeSession = z.object({
  id: z.string(),
  kind: z.enum(SESSION_KINDS),
  title: z.string(),
  day: z.string(),
  startsAt: instant,
  endsAt: instant,
  venueId: z.string().nullable(),
  venueName: z.string().nullable(),
  place: z.string().nullable(),
  expectedCount: z.number().nullable(),
  notes: z.string().nullable(),
  main: z.boolean(),
  booking: z.object({ id: z.string(), number: z.string(), status: z.string(), version: z.number() }).nullable(),
  notice: z.object({ id: z.string(), number: z.string() }).nullable(),
});
export type ProgrammeSession = z.infer<typeof programmeSession>;

export const programmeVenue = z.object({ id: z.string(), name: z.string(), building: z.string().nullable(), seats: z.number().nullable() });

export const programmeView = z.object({
  eventId: z.string(),
  days: z.array(z.string()),
  mainSessionId: z.string().nullable(),
  sessions: z.array(programmeSession),
  venues: z.array(programmeVenue),
});
export type ProgrammeView = z.infer<typeof programmeView>;

/** One problem of one session of a refused programme (409 programme_session_conflict / programme_sessions_clash). */
export const programmeProblem = z.object({ index: z.number(), title: z.string(), code: z.string(), detail: z.string() });
export type ProgrammeProblem = z.infer<typeof programmeProblem>;

// Documents

export const documentCreate = z
  .object({
    kind: z.enum(DOCUMENT_KINDS),
    title: reqText(200),
    visibility: z.enum(DOCUMENT_VISIBILITIES),
    confidential: z.boolean().default(false),
    fileId: uuid,
    note: optText(500),
  })
  .strict();
export type DocumentCreate = z.input<typeof documentCreate>;
export const documentVersionCreate = z.object({ fileId: uuid, note: optText(500) }).strict();
export type DocumentVersionCreate = z.infer<typeof documentVersionCreate>;
export const eventDocumentParams = z.object({ id: uuid, documentId: uuid });

export const documentVersion = z.object({
  version: z.number(),
  fileId: z.string(),
  fileName: z.string(),
  size: z.number(),
  note: z.string().nullable(),
  uploadedBy: z.string().nullable(),
  uploadedAt: instant,
});
export const eventDocument = z.object({
  id: z.string(),
  kind: z.enum(DOCUMENT_KINDS),
  title: z.string(),
  visibility: z.enum(DOCUMENT_VISIBILITIES),
  confidential: z.boolean(),
  versions: z.array(documentVersion),
  updatedAt: nullableInstant,
});
export type EventDocument = z.infer<typeof eventDocument>;
export const documentList = z.object({ data: z.array(eventDocument) });

export const PROGRAMME_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  programme_sessions_clash: {
    status: 409,
    zh: '日程中有场次在同一场地时间重叠',
    en: 'Sessions of the programme overlap in the same venue',
  },
  programme_session_conflict: {
    status: 409,
    zh: '日程中有场次无法预订场地，未保存任何场次',
    en: 'Some sessions cannot book their venue; nothing was saved',
  },
  programme_session_outside_event: { status: 422, zh: '场次不在会议日期内', en: 'The session is outside the event’s days' },
  programme_session_reversed: { status: 422, zh: '场次结束时间须晚于开始时间', en: 'A session must end after it starts' },
  programme_place_required: { status: 422, zh: '请选择场地或填写地点', en: 'Choose a venue or give a place' },
  programme_contact_missing: {
    status: 422,
    zh: '会议缺少联系人及电话，无法预订场地',
    en: 'The event needs a contact name and phone to book venues',
  },
  programme_session_not_found: { status: 404, zh: '场次不存在', en: 'No such session' },
  programme_session_cancelled: { status: 409, zh: '场次已取消', en: 'The session is cancelled' },
  programme_booking_failed: { status: 409, zh: '场地预订变更未成功', en: 'The venue booking could not be changed' },
  event_document_not_found: { status: 404, zh: '文件不存在', en: 'No such document' },
  event_document_file_unknown: { status: 422, zh: '上传的文件不存在', en: 'No such uploaded file' },
};
