/** The desk queue's data layer. */
export * from './keys';
export * from './getQueue';
export * from './fullRecords';
