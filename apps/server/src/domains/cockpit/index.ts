/**
 * The cockpit (X6): a read model over the other domains — the first page per role family, each
 * number with the filtered list behind it. It reads other domains through their index only.
 *
 *   overview/    GET /cockpit: families of the caller's roles, the window, targets, the route
 *   desk/        dispatcher, CS assistant, lobby manager: meetings and readiness, approvals, SLA states
 *   department/  department staff: my tasks now / next / overdue; the engineer's work orders
 *   manager/     supervisor, project and general manager: figures vs targets, trend, emergencies, signatures
 *   outside/     bureau approver, organizer, tenant: their own requests and what waits for them
 */
import type { FastifyInstance } from 'fastify';
import { requireAuth } from '../../plugins/require-auth.ts';
import { overviewRoutes } from './overview/overview.routes.ts';

export async function cockpitRoutes(fastify: FastifyInstance) {
  fastify.addHook('preHandler', requireAuth);
  overviewRoutes(fastify);
}
