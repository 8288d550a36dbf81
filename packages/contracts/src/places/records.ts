/** What every places record carries: what the reader may do to it. */
import { z } from 'zod';

/** Per-record policies so the UI can hide what the user may not do. */
export const placeRecordPolicies = z.object({ update: z.boolean(), archive: z.boolean() });
