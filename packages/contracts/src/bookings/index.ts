/** The bookings contract: response schemas (and the request schemas the web sends), one file per sub-feature. */
export * from './booking.ts';
export * from './create.ts';
export * from './board.ts';
export * from './conflicts.ts';
export * from './series.ts';
export * from './closures.ts';
export * from './feeds.ts';
export * from './bureau-report.ts';
export * from './quick-book.ts';
