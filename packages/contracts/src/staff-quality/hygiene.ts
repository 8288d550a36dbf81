/** hygiene inspections at their frequencies (team weekly, area half-monthly, department monthly) with scores: response schemas and stable error codes. */
export const HYGIENE_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {};
