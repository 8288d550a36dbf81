import { usersI18n } from '../features/users/i18n';
import { auditI18n } from '../features/audit/i18n';
import { accountI18n } from '../features/account/i18n';
import { notificationsI18n } from '../features/notifications/i18n';
import { dashboardI18n } from '../features/dashboard/i18n';
import { placesI18n } from '../features/places/i18n';
import { calendarI18n } from '../features/calendar/i18n';
import { bookingsI18n } from '../features/bookings/i18n';
import { casesI18n } from '../features/cases/i18n';
import { meetingsI18n } from '../features/meetings/i18n';
/**
 * Every feature's translations, one namespace each. A feature adds its `i18n.ts`
 * ({'zh-CN': {...}, 'en-US': {...}}) here; resources.test.ts checks both languages have the same keys.
 */
export const featureResources: Record<string, { 'zh-CN': object; 'en-US': object }> = {
  users: usersI18n,
  audit: auditI18n,
  account: accountI18n,
  notifications: notificationsI18n,
  dashboard: dashboardI18n,
  places: placesI18n,
  calendar: calendarI18n,
  bookings: bookingsI18n,
  cases: casesI18n,
  meetings: meetingsI18n,
};
