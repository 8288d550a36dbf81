/** The meetings contract: response schemas (and the request schemas the web sends), one file per sub-feature. */
export * from './notices.ts';
export * from './tasks.ts';
export * from './checks.ts';
export * from './during.ts';
export * from './fees.ts';
export * from './after.ts';
export * from './attendees.ts';
export * from './materials.ts';
export * from './staffing.ts';
export * from './reports.ts';
