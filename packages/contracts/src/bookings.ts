/** Venue bookings (SPEC M2, M3): enums, error codes and policies shared by server and web. */

export const BOOKING_STATUSES = ['requested', 'confirmed', 'rejected', 'cancelled', 'expired'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];
/** Statuses that hold the venue (and its linked rooms). */
export const ACTIVE_BOOKING_STATUSES: readonly BookingStatus[] = ['requested', 'confirmed'];

/** How the request reached the service center (seed 004 §6.1). */
export const BOOKING_CHANNELS = ['phone', 'in_person', 'written', 'building_assistant', 'online'] as const;
export type BookingChannel = (typeof BOOKING_CHANNELS)[number];

export const CONFIDENTIALITY_LEVELS = ['public', 'internal', 'confidential', 'secret'] as const;
export type Confidentiality = (typeof CONFIDENTIALITY_LEVELS)[number];
/** Levels whose content only the organizer and the booking staff see; conflicts never reveal them. */
export const CLOSED_CONFIDENTIALITY: readonly Confidentiality[] = ['confidential', 'secret'];

/**
 * Seed 000 (M12a): ordinary = middle management / staff / ordinary guests (paper cups);
 * internal = internal meeting, leaders use their own cups; important = important guests (porcelain).
 */
export const IMPORTANCE_LEVELS = ['ordinary', 'internal', 'important'] as const;
export type Importance = (typeof IMPORTANCE_LEVELS)[number];

/** Service requirements of the intake (SPEC M2; seeds 000, 004 §6.1.1). */
export const BOOKING_SERVICES = [
  'banner',
  'water',
  'flowers',
  'recording',
  'name_plates',
  'sign_in_desk',
  'microphones',
  'signage',
  'rostrum_seating',
  'projector',
  'video',
  'fruit',
  'tea_break',
  'wet_towels',
] as const;
export type BookingServiceCode = (typeof BOOKING_SERVICES)[number];
export const WATER_KINDS = ['bottled', 'filtered_tea', 'thermos'] as const;
export type WaterKind = (typeof WATER_KINDS)[number];
/** One requirement: banner carries its text (会标内容), water its kind. */
export interface BookingServiceItem {
  code: BookingServiceCode;
  qty?: number;
  kind?: WaterKind;
  text?: string;
  notes?: string;
}

/** 《租用会议室申请表》: what the C-class application to the bureau records. */
export interface BookingApplicationForm {
  applicantUnit: string;
  purpose: string;
  handlerName?: string | null;
  handlerPhone?: string | null;
  leadersAttending?: string | null;
  attendeeScope?: string | null;
  remarks?: string | null;
}

/** Booking times are picked in slots of this many minutes; a suggested start is rounded up to one. */
export const BOOKING_SLOT_MINUTES = 15;

/** Recurring series (M3): frequencies a series may use; limits of one series. */
export const SERIES_FREQUENCIES = ['DAILY', 'WEEKLY', 'MONTHLY'] as const;
export const SERIES_LIMITS = { maxOccurrences: 200, maxYears: 2 } as const;
/** Preview of one occurrence: ok, skipped by the user, excluded by the rule (EXDATE), or the problem code. */
export type OccurrenceStatus = 'ok' | 'skipped' | 'excluded' | BookingErrorCode | 'validation_failed';

/** Venue closures: what to do with a booking the closure collides with. */
export const CLOSURE_ACTIONS = ['move', 'cancel', 'keep'] as const;
export type ClosureAction = (typeof CLOSURE_ACTIONS)[number];
export const CLOSURE_RESOLUTIONS = ['moved', 'cancelled', 'kept'] as const;

/**
 * Availability board items: the meeting itself, its setup/cleanup buffers, a closure, or an
 * anonymous occupied hold (a booking the viewer may not read: no number, name, unit or contact).
 */
export const BOARD_ITEM_KINDS = ['booking', 'buffer', 'closure', 'occupied'] as const;
export type BoardItemKind = (typeof BOARD_ITEM_KINDS)[number];

/** iCalendar feeds (X5): one venue's bookings, or one organization's. */
export const CALENDAR_FEED_KINDS = ['venue', 'organization'] as const;
export type CalendarFeedKind = (typeof CALENDAR_FEED_KINDS)[number];

/** Chinese headers of the bureau's daily report (seed 004 §3.3B), in column order. */
export const BUREAU_REPORT_HEADERS = ['日期', '时间', '会议室', '类别', '会议名称', '主办单位', '联系人', '电话', '人数', '状态'] as const;

/** Booking problem codes (problem+json `code`) with their titles. */
export const BOOKING_ERROR_CODES = {
  booking_conflict: { status: 409, zh: '该时段场地已被占用', en: 'The venue is already booked for that time' },
  lead_time_too_short: { status: 422, zh: '预订提前量不足', en: 'Booked too late for this venue class' },
  capacity_exceeded: { status: 422, zh: '参会人数超过场地容量', en: 'More attendees than the venue holds' },
  below_minimum_attendees: { status: 422, zh: '参会人数低于场地最低人数', en: 'Fewer attendees than the venue requires' },
  venue_restricted: { status: 422, zh: '该场地仅限指定单位预订', en: 'Only named organizations may book this venue' },
  venue_not_bookable: { status: 422, zh: '该场地暂不可预订', en: 'This venue cannot be booked' },
  outside_bookable_hours: { status: 422, zh: '超出场地开放时间', en: "Outside the venue's opening hours" },
  booking_in_past: { status: 422, zh: '会议已结束，不能再更改或取消', en: 'The meeting is over: it can no longer be changed or cancelled' },
  correction_reason_required: {
    status: 422,
    zh: '更正已结束的预订须填写更正原因',
    en: 'Correcting a booking that has ended needs a reason',
  },
  invalid_transition: { status: 422, zh: '当前状态不允许此操作', en: "Not possible in the booking's current status" },
  venue_closed: { status: 409, zh: '该时段场地已关闭（维修或停用）', en: 'The venue is closed at that time' },
  series_occurrence_invalid: {
    status: 422,
    zh: '系列会议中有场次不符合预订规则',
    en: 'Some occurrences of the series break a booking rule',
  },
  closure_booking_unaffected: {
    status: 422,
    zh: '该预订不受此场地关闭影响或已处理',
    en: 'The booking is not affected by this closure, or was resolved already',
  },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;
export type BookingErrorCode = keyof typeof BOOKING_ERROR_CODES;
