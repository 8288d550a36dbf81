/** The plans' data layer. */
export * from './keys';
export * from './readPlans';
export * from './writePlans';
