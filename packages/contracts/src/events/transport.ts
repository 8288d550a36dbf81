/** Large events (SPEC M13): transport — schemas and error codes of this sub-feature. */
export const TRANSPORT_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {};
