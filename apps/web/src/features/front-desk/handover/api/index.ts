/** The shift handover's data layer. */
export * from './keys';
export * from './readHandovers';
export * from './writeHandovers';
