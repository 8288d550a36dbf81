/** Request schemas of service notices (M4): the body and list query from the meetings contract; the department sheet's path here. */
import { z } from 'zod';
import { DEPARTMENTS } from '@hy/contracts';

export { noticeCreateBody as noticeCreate, noticeListQuery as noticeQuery } from '@hy/contracts';
export const sheetParams = z.object({ id: z.string().uuid(), department: z.enum(DEPARTMENTS) });
