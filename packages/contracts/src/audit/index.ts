/** The audit contract: response schemas (and the request schemas the web sends), one file per sub-feature. */
export * from './events.ts';
