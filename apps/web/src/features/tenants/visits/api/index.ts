/** The tenant visits' data layer. */
export * from './keys';
export * from './readVisits';
export * from './writeVisits';
