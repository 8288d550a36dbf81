/** The booking form's values, and how they become a request body (and server field paths form fields). */
import type { Dayjs } from 'dayjs';
import type { BookingChannel, Confidentiality, Importance, Layout } from '@hy/contracts';
import { instant, type Booking, type BookingFields } from '../api';

export interface BookingDraft {
  venueId?: string;
  start?: Dayjs;
  end?: Dayjs;
  /** Values already chosen (by a quick booking) that the full form starts from. */
  prefill?: Partial<BookingFormValues>;
}

export interface BookingFormValues {
  venueId: string;
  start: Dayjs;
  end: Dayjs;
  organizationId?: string | null;
  organizerUnit?: string | null;
  contactName: string;
  contactPhone: string;
  topic: string;
  attendeeCount: number;
  layout?: Layout | null;
  services: Booking['services'];
  confidentiality: Confidentiality;
  importance: Importance;
  channel?: BookingChannel;
  specialSetup: boolean;
  setupPlan?: string | null;
  notes?: string | null;
  application?: Partial<NonNullable<Booking['application']>>;
  overrideReason?: string;
  /** An ended booking's change is a correction with a reason. */
  correctionReason?: string;
}

/** Server field paths → form field names. */
export function fieldName(path: string): (string | number)[] {
  const parts = path.split('.').map((s) => (/^\d+$/.test(s) ? Number(s) : s));
  if (parts[0] === 'startAt') return ['start'];
  if (parts[0] === 'endAt') return ['end'];
  if (parts[0] === 'services') return ['services'];
  if (parts[0] === 'overrideLeadTime') return ['overrideReason'];
  if (parts[0] === 'application' && parts.length > 1) return ['application', parts[1]!];
  return [parts[0]!];
}

export interface BodyContext {
  tz: string;
  /** Booking staff choose the organization. */
  staff: boolean;
  /** A C-class venue asks for the application form. */
  classC: boolean;
  editing: boolean;
}

/** The fields a create and a change share. */
export function bookingBody(v: BookingFormValues, override: boolean, c: BodyContext): BookingFields {
  const body: BookingFields = {
    venueId: v.venueId,
    startAt: instant(v.start, c.tz),
    endAt: instant(v.end, c.tz),
    layout: v.layout ?? null,
    attendeeCount: v.attendeeCount,
    topic: v.topic,
    organizerUnit: v.organizerUnit || null,
    contactName: v.contactName,
    contactPhone: v.contactPhone,
    services: v.services ?? [],
    confidentiality: v.confidentiality,
    importance: v.importance,
    notes: v.notes || null,
    specialSetup: !!v.specialSetup,
    setupPlan: v.setupPlan || null,
  };
  if (c.staff) body.organizationId = v.organizationId ?? null;
  if (c.classC) {
    const a = v.application ?? {};
    body.application = {
      // Not asked twice: the applicant and handler are the organizer and contact unless given.
      applicantUnit: a.applicantUnit?.trim() || v.organizerUnit || '',
      purpose: a.purpose ?? '',
      handlerName: a.handlerName || v.contactName || null,
      handlerPhone: a.handlerPhone || v.contactPhone || null,
      leadersAttending: a.leadersAttending || null,
      attendeeScope: a.attendeeScope || null,
      remarks: a.remarks || null,
    };
  } else if (c.editing) body.application = null;
  if (override && v.overrideReason) body.overrideLeadTime = { reason: v.overrideReason };
  return body;
}
