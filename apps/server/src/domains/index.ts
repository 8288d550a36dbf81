import type { FastifyInstance } from 'fastify';
import { identityRoutes } from './identity/identity.routes.ts';
import { auditRoutes } from './audit/audit.routes.ts';
import { placesRoutes } from './places/places.routes.ts';
import { calendarRoutes } from './calendar/calendar.routes.ts';
import { notificationsRoutes } from './notifications/notifications.routes.ts';
import { bookingsRoutes } from './bookings/index.ts';
import { casesRoutes } from './cases/index.ts';
import { meetingsRoutes } from './meetings/index.ts';

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
}
