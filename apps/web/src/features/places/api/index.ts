/** Places data: one key factory, one file per operation; other features import from here only. */
export * from './keys';
export * from './types';
export * from './getProperty';
export * from './listBuildings';
export * from './getBuilding';
export * from './saveBuilding';
export * from './deleteRecord';
export * from './listOrganizations';
export * from './saveOrganization';
export * from './listUnits';
export * from './saveUnit';
export * from './listVenues';
export * from './saveVenue';
export * from './listStaffUsers';
export * from './form';
