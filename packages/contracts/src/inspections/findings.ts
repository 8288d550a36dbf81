/** findings: cleaning/greenery/pest to housekeeping with re-inspection; repair to a case and a work order: response schemas and stable error codes. */
export const FINDINGS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {};
