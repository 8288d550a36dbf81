/** Zod request schemas of the three-level check (M5). */
import { z } from 'zod';
import { optText } from '../../../lib/http.ts';

const id = z.string().uuid();
export const checkParams = z.object({ id, level: z.coerce.number().int().min(1).max(3) });
export const checkBody = z.object({ result: z.enum(['ok', 'problem']), finding: optText(1000) }).strict();
