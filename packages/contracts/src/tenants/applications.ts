/** move-in, move-out and fit-out applications; the premises hand-over checklist: response schemas and stable error codes. */
export const APPLICATIONS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {};
