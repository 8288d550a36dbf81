/** Request schemas of closing (S8): the cases contract's resolution, closing and quarterly close. */
import type { z } from 'zod';
import type { caseCloseBody } from '@hy/contracts';

export { caseResolveBody as resolveBody, caseCloseBody as closeBody, unresolvableCloseBody as closeUnresolvableBody } from '@hy/contracts';
export type CloseInput = z.infer<typeof caseCloseBody>;
