/** Request schemas of the knowledge base (S12): the cases contract's. */
import type { z } from 'zod';
import type { kbCreateBody, kbPatchBody } from '@hy/contracts';

export { kbCreateBody, kbPatchBody, kbEntrySearchQuery as kbSearchQuery, kbFaqQuery, kbLinkBody } from '@hy/contracts';
export type KbCreateInput = z.infer<typeof kbCreateBody>;
export type KbPatchInput = z.infer<typeof kbPatchBody>;
