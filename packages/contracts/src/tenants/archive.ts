/** the archive register and borrowing through the secretary; retention: response schemas and stable error codes. */
export const ARCHIVE_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {};
