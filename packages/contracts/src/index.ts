export * from './fields.ts';
export * from './roles.ts';
export * from './errors.ts';
export * from './places.ts';
export * from './bookings.ts';
export * from './cases.ts';
export * from './meetings.ts';
export * from './urls.ts';
export * from './money.ts';
export * from './periods.ts';
export * from './bookings/index.ts';
export * from './cases/index.ts';
export * from './meetings/index.ts';
export * from './places/index.ts';
export * from './calendar/index.ts';
export * from './identity/index.ts';
export * from './audit/index.ts';
export * from './notifications/index.ts';
export * from './files/index.ts';
export * from './cockpit/index.ts';
export * from './front-desk/index.ts';
export * from './inspections/index.ts';
export * from './tenants/index.ts';
export * from './staff-quality/index.ts';
export * from './billing/index.ts';
export * from './paid-services/index.ts';
export * from './guest-rooms/index.ts';
export * from './events/index.ts';

import { ERROR_CODES as PLATFORM_ERRORS } from './errors.ts';
import { BOOKING_ERROR_CODES } from './bookings.ts';
import { CASE_ERROR_CODES } from './cases.ts';
import { MEETING_ERROR_CODES } from './meetings.ts';
import { FRONT_DESK_ERROR_CODES } from './front-desk/index.ts';
import { INSPECTIONS_ERROR_CODES } from './inspections/index.ts';
import { TENANTS_ERROR_CODES } from './tenants/index.ts';
import { STAFF_QUALITY_ERROR_CODES } from './staff-quality/index.ts';
import { BILLING_ERROR_CODES } from './billing/index.ts';
import { PAID_SERVICES_ERROR_CODES } from './paid-services/index.ts';
import { GUEST_ROOMS_ERROR_CODES } from './guest-rooms/index.ts';
import { EVENTS_ERROR_CODES } from './events/index.ts';
import { REPAIR_PRICE_ERROR_CODES } from './cases/price-list.ts';
/** Every stable error code with its titles: the platform's and each domain's. */
export const ALL_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {
  ...PLATFORM_ERRORS,
  ...BOOKING_ERROR_CODES,
  ...CASE_ERROR_CODES,
  ...MEETING_ERROR_CODES,
  ...FRONT_DESK_ERROR_CODES,
  ...INSPECTIONS_ERROR_CODES,
  ...TENANTS_ERROR_CODES,
  ...STAFF_QUALITY_ERROR_CODES,
  ...BILLING_ERROR_CODES,
  ...PAID_SERVICES_ERROR_CODES,
  ...GUEST_ROOMS_ERROR_CODES,
  ...EVENTS_ERROR_CODES,
  ...REPAIR_PRICE_ERROR_CODES,
};
