/** plans per area: schedule (RRULE), window, assignee or role, ordered checkpoints with QR codes and checklists: response schemas and stable error codes. */
export const PLANS_ERROR_CODES: Record<string, { status: number; zh: string; en: string }> = {};
