/**
 * The billing domain's public entry — fees (T4). Other domains, the job registry and the route registry import
 * from here only.
 *
 *   charges/     T4  one-off charges posted by paid repairs and paid services, once per source, drawn by a month
 *   items/       T4  fee items (area, meter, fixed, charges; price, rounding, due day) and the units' billing area
 *   meters/      T4  water meter readings typed on a phone or imported from .xlsx
 *   parking/     T4  parking spaces assigned to companies; phone lines and their monthly usage
 *   months/      T4  the month's six fee tables, the receivables and their three signatures
 *   notices/     T4  payment notices 《物业管理缴费单》 issued when a month is signed; delivery (print, portal, outbox)
 *   payments/    T4  payments (partial) with receipts from an unbroken sequence; voiding with a signature
 *   arrears/     T4  the month's 实收表 and 应欠表 (by age), snapshotted on the last working day of the next month
 *   collection/  T4  the daily collection rate (收费率, 户收费率) against the target
 *   dunning/     T4  the dunning schedule per unpaid notice; the managers' monthly review of receivables
 */
import type { FastifyInstance } from 'fastify';
import type { JobRunner } from '../../jobs/runner.ts';
import { requireAuth } from '../../plugins/require-auth.ts';
import { chargesRoutes } from './charges/charges.routes.ts';
import { itemsRoutes } from './items/items.routes.ts';
import { metersRoutes } from './meters/meters.routes.ts';
import { parkingRoutes } from './parking/parking.routes.ts';
import { monthsRoutes } from './months/months.routes.ts';
import { registerMonthsJobs } from './months/months.jobs.ts';
import { demoBillingSetup } from './months/months.demo.ts';
import { every, everySlot } from '../../jobs/every.ts';
import { noticesRoutes } from './notices/notices.routes.ts';
import { DELIVERY_SCAN, remindDelivery } from './notices/notices.jobs.ts';
import { paymentsRoutes } from './payments/payments.routes.ts';
import { arrearsRoutes } from './arrears/arrears.routes.ts';
import { REPORTS_SCAN, snapshotReports } from './arrears/arrears.jobs.ts';
import { collectionRoutes } from './collection/collection.routes.ts';
import { COLLECTION_SCAN, computeCollection } from './collection/collection.jobs.ts';
import { dunningRoutes } from './dunning/dunning.routes.ts';
import { DUNNING_SCAN, fireDunning } from './dunning/dunning.jobs.ts';
import { demoPayments } from './payments/payments.demo.ts';

export { postCharge, withdrawCharge } from './charges/charges.service.ts';
export type { NewCharge } from './charges/charges.service.ts';
export { issueNotices } from './notices/notices.service.ts';
export { collectionTile, feeCounts } from './collection/collection.service.ts';
/** For the benchmark: the month's draw and the daily collection pass, as the jobs run them. */
export { drawMonthOf } from './months/months.service.ts';
export { computeCollection } from './collection/collection.jobs.ts';

/** Every route of the domain (auth required). */
export async function billingRoutes(fastify: FastifyInstance) {
  fastify.addHook('preHandler', requireAuth);
  chargesRoutes(fastify);
  itemsRoutes(fastify);
  metersRoutes(fastify);
  parkingRoutes(fastify);
  monthsRoutes(fastify);
  noticesRoutes(fastify);
  paymentsRoutes(fastify);
  arrearsRoutes(fastify);
  collectionRoutes(fastify);
  dunningRoutes(fastify);
}

/** The domain's durable jobs. */
export function registerBillingJobs(runner: JobRunner, app: FastifyInstance) {
  registerMonthsJobs(runner, app);
  every(runner, app, everySlot(DELIVERY_SCAN, 60 * 60_000), remindDelivery);
  every(runner, app, everySlot(COLLECTION_SCAN, 60 * 60_000), computeCollection);
  every(runner, app, everySlot(DUNNING_SCAN, 60 * 60_000), fireDunning);
  every(runner, app, everySlot(REPORTS_SCAN, 60 * 60_000), snapshotReports);
}

/** The domain's demo history, sub-feature by sub-feature (after paid repairs and paid services have posted). */
export async function loadBillingDemo(app: FastifyInstance) {
  await demoBillingSetup(app);
  await demoPayments(app); // after the months are drawn and signed (their notices issued)
}
