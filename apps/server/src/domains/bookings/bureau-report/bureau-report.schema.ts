/** Query schema of the bureau's daily report: the bookings contract's (the web sends it). */
export { bureauDailyQuery as reportQuery } from '@hy/contracts';
