/** Visitors' data layer. */
export * from './keys';
export * from './listVisits';
export * from './visitActions';
export * from './watchList';
