/**
 * The guest-rooms domain's public entry (T6): rooms and apartments, their status, stays, keys and linen. Other
 * domains, the job registry and the route registry import from here only.
 *
 *   rooms/        the status board, manual status changes, the daily 房态核对表
 *   stays/        check-in and check-out with keys and linen per room; the stays and key registers
 *   linen/        linen and glassware stock, laundry batches out and back
 *   inspections/  the vacated-room inspection, items left behind handed in, cleaning confirmed
 *   strangers/    strangers loitering on the floors reported to security
 */
import type { FastifyInstance } from 'fastify';
import type { JobRunner } from '../../jobs/runner.ts';
import { requireAuth } from '../../plugins/require-auth.ts';
import { roomsRoutes } from './rooms/rooms.routes.ts';
import { staysRoutes } from './stays/stays.routes.ts';
import { linenRoutes } from './linen/linen.routes.ts';
import { inspectionsRoutes } from './inspections/inspections.routes.ts';
import { strangersRoutes } from './strangers/strangers.routes.ts';
import { demoGuestRooms } from './rooms/rooms.demo.ts';

/** Every route of the domain (auth required). */
export async function guestRoomsRoutes(fastify: FastifyInstance) {
  fastify.addHook('preHandler', requireAuth);
  roomsRoutes(fastify);
  staysRoutes(fastify);
  linenRoutes(fastify);
  inspectionsRoutes(fastify);
  strangersRoutes(fastify);
}

/** The domain's durable jobs (none: every change is made by a person on the floor). */
export function registerGuestRoomsJobs(_runner: JobRunner, _app: FastifyInstance) {}

/** The domain's demo history. */
export async function loadGuestRoomsDemo(app: FastifyInstance) {
  await demoGuestRooms(app);
}
