/** rounds: created ahead by a job, walked on a phone (scan or pick), results and photos, missed/late alerts: response schemas and stable error codes. */
export const ROUNDS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {};
