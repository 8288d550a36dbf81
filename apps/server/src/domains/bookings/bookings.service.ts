/** Temporary: meetings still imports systemCtx from this path; it moves to domains/bookings/index.ts (then lib/). */
export { systemCtx } from './index.ts';
