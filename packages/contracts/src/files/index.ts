/** The files contract: uploads, signatures and the reference records carry. */
export * from './files.ts';
