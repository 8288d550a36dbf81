/**
 * The system's own context (jobs, reconciliations: no actor). Until lib/context.ts has one, the
 * meetings domain takes bookings' here, in this one place.
 */
export { systemCtx } from '../../bookings/bookings.service.ts';
