import type { FastifyInstance } from 'fastify';
import { identityRoutes } from './identity/index.ts';
import { auditRoutes } from './audit/index.ts';
import { placesRoutes } from './places/index.ts';
import { calendarRoutes } from './calendar/index.ts';
import { notificationsRoutes } from './notifications/index.ts';
import { bookingsRoutes } from './bookings/index.ts';
import { casesRoutes } from './cases/index.ts';
import { meetingsRoutes } from './meetings/index.ts';
import { filesRoutes } from './files/index.ts';
import { cockpitRoutes } from './cockpit/index.ts';
import { frontDeskRoutes } from './front-desk/index.ts';
import { inspectionsRoutes } from './inspections/index.ts';
import { tenantsRoutes } from './tenants/index.ts';
import { staffQualityRoutes } from './staff-quality/index.ts';
import { billingRoutes } from './billing/index.ts';
import { paidServicesRoutes } from './paid-services/index.ts';
import { guestRoomsRoutes } from './guest-rooms/index.ts';
import { eventsRoutes } from './events/index.ts';

/** Every domain's routes, mounted under /api/v1. */
export async function registerDomainRoutes(app: FastifyInstance) {
  await app.register(identityRoutes);
  await app.register(auditRoutes);
  await app.register(placesRoutes);
  await app.register(calendarRoutes);
  await app.register(notificationsRoutes);
  await app.register(bookingsRoutes);
  await app.register(casesRoutes);
  await app.register(meetingsRoutes);
  await app.register(filesRoutes);
  await app.register(cockpitRoutes);
  await app.register(frontDeskRoutes);
  await app.register(inspectionsRoutes);
  await app.register(tenantsRoutes);
  await app.register(staffQualityRoutes);
  await app.register(billingRoutes);
  await app.register(paidServicesRoutes);
  await app.register(guestRoomsRoutes);
  await app.register(eventsRoutes);
}
