import { usersI18n } from '../features/users/i18n';
import { auditI18n } from '../features/audit/i18n';
import { accountI18n } from '../features/account/i18n';
import { notificationsI18n } from '../features/notifications/i18n';
import { dashboardI18n } from '../features/dashboard/i18n';
import { placesI18n } from '../features/places/i18n';
import { calendarI18n } from '../features/calendar/i18n';
import { bookingsI18n } from '../features/bookings/i18n';
import { casesI18n } from '../features/cases/i18n';
import { repairChargesI18n } from '../features/cases/charges/i18n';
import { meetingsI18n } from '../features/meetings/i18n';
import { settingsI18n } from '../features/settings/i18n';
import { historyI18n } from '../lib/history/i18n';
import { cockpitI18n } from '../features/dashboard/cockpit/i18n';
import { directoryI18n } from '../features/front-desk/directory/i18n';
import { visitorsI18n } from '../features/front-desk/visitors/i18n';
import { mailI18n } from '../features/front-desk/mail/i18n';
import { messagesI18n } from '../features/front-desk/messages/i18n';
import { lendingI18n } from '../features/front-desk/lending/i18n';
import { executiveI18n } from '../features/front-desk/executive-floor/i18n';
import { queueI18n } from '../features/front-desk/queue/i18n';
import { handoverI18n } from '../features/front-desk/handover/i18n';
import { plansI18n } from '../features/inspections/plans/i18n';
import { roundsI18n } from '../features/inspections/rounds/i18n';
import { findingsI18n } from '../features/inspections/findings/i18n';
import { reviewsI18n } from '../features/inspections/reviews/i18n';
import { filesI18n } from '../features/tenants/files/i18n';
import { applicationsI18n } from '../features/tenants/applications/i18n';
import { archiveI18n } from '../features/tenants/archive/i18n';
import { visitsI18n } from '../features/tenants/visits/i18n';
import { eventsI18n } from '../features/events/i18n';
import { eventProgrammeI18n } from '../features/events/programme/i18n';
import { eventGuestsI18n } from '../features/events/guests/i18n';
import { eventHotelsI18n } from '../features/events/hotels/i18n';
import { eventTransportI18n } from '../features/events/transport/i18n';
import { eventCateringI18n } from '../features/events/catering/i18n';
import { eventMaterialsI18n } from '../features/events/materials/i18n';
import { eventBudgetI18n } from '../features/events/budget/i18n';
import { eventWrapupI18n } from '../features/events/wrapup/i18n';
import { guestRoomsI18n } from '../features/guest-rooms/i18n';
import { laundryI18n } from '../features/paid-services/laundry/i18n';
import { mealsI18n } from '../features/paid-services/meals/i18n';
import { hygieneI18n } from '../features/staff-quality/hygiene/i18n';
import { trainingI18n } from '../features/staff-quality/training/i18n';
import { evaluationsI18n } from '../features/staff-quality/evaluations/i18n';
import { contractorI18n } from '../features/staff-quality/contractor/i18n';
import { businessCenterI18n } from '../features/paid-services/business-center/i18n';
import { feeItemsI18n } from '../features/billing/items/i18n';
import { feeMetersI18n } from '../features/billing/meters/i18n';
import { feeParkingI18n } from '../features/billing/parking/i18n';
import { feeMonthsI18n } from '../features/billing/months/i18n';
import { noticesI18n } from '../features/billing/notices/i18n';
import { paymentsI18n } from '../features/billing/payments/i18n';
import { arrearsI18n } from '../features/billing/arrears/i18n';
import { collectionI18n } from '../features/billing/collection/i18n';
import { dunningI18n } from '../features/billing/dunning/i18n';
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
  repairCharges: repairChargesI18n,
  meetings: meetingsI18n,
  settings: settingsI18n,
  history: historyI18n,
  cockpit: cockpitI18n,
  directory: directoryI18n,
  visitors: visitorsI18n,
  mail: mailI18n,
  messages: messagesI18n,
  lending: lendingI18n,
  executive: executiveI18n,
  queue: queueI18n,
  handover: handoverI18n,
  patrolPlans: plansI18n,
  patrolRounds: roundsI18n,
  patrolFindings: findingsI18n,
  patrolReviews: reviewsI18n,
  tenantFiles: filesI18n,
  tenantApplications: applicationsI18n,
  tenantArchive: archiveI18n,
  tenantVisits: visitsI18n,
  guestRooms: guestRoomsI18n,
  events: eventsI18n,
  eventProgramme: eventProgrammeI18n,
  eventGuests: eventGuestsI18n,
  eventHotels: eventHotelsI18n,
  eventTransport: eventTransportI18n,
  eventCatering: eventCateringI18n,
  eventMaterials: eventMaterialsI18n,
  eventBudget: eventBudgetI18n,
  eventWrapup: eventWrapupI18n,
  laundry: laundryI18n,
  meals: mealsI18n,
  hygiene: hygieneI18n,
  training: trainingI18n,
  evaluations: evaluationsI18n,
  contractor: contractorI18n,
  bizCenter: businessCenterI18n,
  feeItems: feeItemsI18n,
  feeMeters: feeMetersI18n,
  feeParking: feeParkingI18n,
  feeMonths: feeMonthsI18n,
  billingNotices: noticesI18n,
  billingPayments: paymentsI18n,
  billingArrears: arrearsI18n,
  billingCollection: collectionI18n,
  billingDunning: dunningI18n,
};
