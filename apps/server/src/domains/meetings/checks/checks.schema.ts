/** Request schemas of the three-level check (M5): the body from the meetings contract, the level's path here. */
import { z } from 'zod';

export { noticeCheckBody as checkBody } from '@hy/contracts';
export const checkParams = z.object({ id: z.string().uuid(), level: z.coerce.number().int().min(1).max(3) });
