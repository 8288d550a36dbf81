/** a file per tenant company: units, leaders, contacts, move-in date; the occupancy table: response schemas and stable error codes. */
export const FILES_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {};
