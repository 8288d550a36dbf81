import type { FastifyInstance } from 'fastify';

/** plans per area: schedule (RRULE), window, assignee or role, ordered checkpoints with QR codes and checklists. */
export function plansRoutes(fastify: FastifyInstance) {
  void fastify;
}
