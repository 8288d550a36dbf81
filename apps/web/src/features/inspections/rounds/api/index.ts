/** The rounds' data layer. */
export * from './keys';
export * from './readRounds';
export * from './writeRounds';
