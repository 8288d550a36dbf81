/**
 * The large-events domain's public entry (SPEC M13): a conference the company runs end to end. An event **uses** the
 * bookings, service notices, tasks, attendees, QR sign-in, materials and fee statements that exist — it never copies
 * them. Other domains, the job registry and the route registry import from here only.
 *
 *   event/      the event, its status, who may do what (event.access.ts is the one door), the cost seam
 *   team/       the 会务组: groups (文秘信息组, 后勤保障组, 车辆运输组 by default), members, duties, briefs
 *   programme/  the schedule over days and venues: sessions that book venues (all or nothing), documents
 *   guests/     invitations, registration (personal link or QR), RSVP, reminders, live counts, per-session sign-in
 *   hotels/     hotels, room blocks by night, rooming (宾客入住计划), check-in lists
 *   transport/  vehicles, transfers (pick-ups, shuttles, visits), dispatch sheets
 *   catering/   tea breaks, lunches, dinners with headcounts, menus, the caterer's order sheet, signed counts
 *   materials/  会务物资清单: quantities, where each goes, drawn from the warehouse and returned
 *   budget/     会务服务预算表: lines with multipliers, versions, approvals, actuals, variance, the fee statement
 *   wrapup/     查漏补缺 inspection, the record (minutes, photos, audio, video), the survey, 会务工作总结
 */
import type { FastifyInstance } from 'fastify';
import type { JobRunner } from '../../jobs/runner.ts';
import { requireAuth } from '../../plugins/require-auth.ts';
import { eventReader } from './event/event.live.ts';
import { eventRoutes } from './event/event.routes.ts';
import { teamRoutes } from './team/team.routes.ts';
import { programmeRoutes } from './programme/programme.routes.ts';
import { guestsPublicRoutes, guestsRoutes } from './guests/guests.routes.ts';
import { hotelsRoutes } from './hotels/hotels.routes.ts';
import { registerHotelsJobs } from './hotels/hotels.jobs.ts';
import { transportRoutes } from './transport/transport.routes.ts';
import { cateringRoutes } from './catering/catering.routes.ts';
import { registerCateringJobs } from './catering/catering.jobs.ts';
import { materialsRoutes } from './materials/materials.routes.ts';
import { budgetRoutes } from './budget/budget.routes.ts';
import { wrapupPublicRoutes, wrapupRoutes } from './wrapup/wrapup.routes.ts';
import { demoEventsCore } from './event/event.demo.ts';
import { demoProgramme } from './programme/programme.demo.ts';
import { demoGuests } from './guests/guests.demo.ts';
import { registerGuestsJobs } from './guests/guests.jobs.ts';
import { demoHotels } from './hotels/hotels.demo.ts';
import { demoTransport } from './transport/transport.demo.ts';
import { demoCatering } from './catering/catering.demo.ts';
import { demoMaterials } from './materials/materials.demo.ts';
import { demoBudget } from './budget/budget.demo.ts';
import { demoWrapup } from './wrapup/wrapup.demo.ts';

/** Every signed-in route of the domain. */
export async function eventsRoutes(fastify: FastifyInstance) {
  fastify.hub.registerReader('event', eventReader);
  // What a guest opens without an account (their personal link is the key).
  guestsPublicRoutes(fastify);
  wrapupPublicRoutes(fastify);
  await fastify.register(async (app) => {
    app.addHook('preHandler', requireAuth);
    for (const routes of [
      eventRoutes,
      teamRoutes,
      programmeRoutes,
      guestsRoutes,
      hotelsRoutes,
      transportRoutes,
      cateringRoutes,
      materialsRoutes,
      budgetRoutes,
      wrapupRoutes,
    ])
      routes(app);
  });
}

/** The domain's durable jobs (each sub-feature adds its own here). */
export function registerEventsJobs(runner: JobRunner, app: FastifyInstance) {
  registerHotelsJobs(runner, app);
  registerGuestsJobs(runner, app);
  registerCateringJobs(runner, app);
}

/** The domain's demo history: the two conferences, then each sub-feature's part of their story, in order. */
export async function loadEventsDemo(app: FastifyInstance) {
  const events = await demoEventsCore(app);
  if (!events.length) return;
  await demoProgramme(app, events);
  await demoGuests(app, events);
  await demoHotels(app, events);
  await demoTransport(app, events);
  await demoCatering(app, events);
  await demoMaterials(app, events);
  await demoBudget(app, events);
  await demoWrapup(app, events);
}

/** What other domains may read (the cockpit, the benchmarks). */
export { guestFigures } from './guests/guests.figures.ts';
export { budgetSummary } from './budget/budget.summary.ts';
export { eventCounts } from './event/event.cockpit.ts';
