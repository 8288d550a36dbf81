export * from './platform.ts';
export * from './bookings.ts';
export * from './cases.ts';
export * from './meetings.ts';
export * from './files.ts';
