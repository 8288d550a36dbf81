/** The notifications contract: response schemas (and the request schemas the web sends), one file per sub-feature. */
export * from './inbox.ts';
export * from './messages.ts';
export * from './render.ts';
