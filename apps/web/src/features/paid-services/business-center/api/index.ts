/** The business center's data layer. */
export * from './keys';
export * from './readBusinessCenter';
export * from './writeBusinessCenter';
