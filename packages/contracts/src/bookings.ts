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
  'banner', 'water', 'flowers', 'recording', 'name_plates', 'sign_in_desk', 'microphones', 'signage',
  'rostrum_seating', 'projector', 'video', 'fruit', 'tea_break', 'wet_towels',
] as const;
export type BookingServiceCode = (typeof BOOKING_SERVICES)[number];
export const WATER_KINDS = ['bottled', 'filtered_tea', 'thermos'] as const;
export type WaterKind = (typeof WATER_KINDS)[number];
/** One requirement: banner carries its text (会标内容), water its kind. */
export interface BookingServiceItem { code: BookingServiceCode; qty?: number; kind?: WaterKind; text?: string; notes?: string }

/** 《租用会议室申请表》: what the C-class application to the bureau records. */
export interface BookingApplicationForm {
  applicantUnit: string; purpose: string; handlerName?: string | null; handlerPhone?: string | null;
  leadersAttending?: string | null; attendeeScope?: string | null; remarks?: string | null;
}

export interface BookingPolicies { update: boolean; cancel: boolean; approve: boolean; reject: boolean }

/** Booking problem codes (problem+json `code`) with their titles. */
export const BOOKING_ERROR_CODES = {
  booking_conflict: { status: 409, zh: '该时段场地已被占用', en: 'The venue is already booked for that time' },
  lead_time_too_short: { status: 422, zh: '预订提前量不足', en: 'Booked too late for this venue class' },
  capacity_exceeded: { status: 422, zh: '参会人数超过场地容量', en: 'More attendees than the venue holds' },
  below_minimum_attendees: { status: 422, zh: '参会人数低于场地最低人数', en: 'Fewer attendees than the venue requires' },
  venue_restricted: { status: 422, zh: '该场地仅限指定单位预订', en: 'Only named organizations may book this venue' },
  venue_not_bookable: { status: 422, zh: '该场地暂不可预订', en: 'This venue cannot be booked' },
  outside_bookable_hours: { status: 422, zh: '超出场地开放时间', en: 'Outside the venue\'s opening hours' },
  invalid_transition: { status: 422, zh: '当前状态不允许此操作', en: 'Not possible in the booking\'s current status' },
} as const satisfies Record<string, { status: number; zh: string; en: string }>;
export type BookingErrorCode = keyof typeof BOOKING_ERROR_CODES;
