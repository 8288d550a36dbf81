/** the cleaning contractor's monthly evaluation that decides its payment: response schemas and stable error codes. */
export const CONTRACTOR_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {};
