/** Where "now" comes from: the real clock in production, a settable one in tests and demo seeding. */
export interface Clock {
  now(): Date;
}
