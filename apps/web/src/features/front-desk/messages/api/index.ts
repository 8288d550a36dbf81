/** The message book's data layer. */
export * from './keys';
export * from './listMessages';
export * from './writeMessages';
