/** Work calendar data: one key factory, one file per operation. */
export * from './keys';
export * from './listDays';
export * from './getSummary';
export * from './listOverrides';
export * from './setOverride';
export * from './removeOverride';
export * from './importOverrides';
export * from './compute';
