/** The cases contract: response schemas (and the request schemas the web sends), one file per sub-feature. */
export * from './case.ts';
export * from './classification.ts';
export * from './intake.ts';
export * from './classification.ts';
export * from './deadlines.ts';
export * from './dispatch.ts';
export * from './work-orders.ts';
export * from './charges.ts';
export * from './callbacks.ts';
export * from './closing.ts';
export * from './supervision.ts';
export * from './measures.ts';
export * from './archive.ts';
export * from './knowledge-base.ts';
export * from './sources.ts';
export * from './price-list.ts';
