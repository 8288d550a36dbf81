export * from './roles.ts';
export * from './errors.ts';
export * from './places.ts';
