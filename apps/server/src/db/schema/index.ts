export * from './platform.ts';
export * from './bookings.ts';
export * from './cases.ts';
