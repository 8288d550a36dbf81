/** The places contract: response schemas of properties, buildings and floors, organizations, units, venues. */
export * from './records.ts';
export * from './properties.ts';
export * from './buildings.ts';
export * from './organizations.ts';
export * from './units.ts';
export * from './venues.ts';
export * from './settings.ts';
