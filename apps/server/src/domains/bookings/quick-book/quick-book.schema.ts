/** Query schema of quick booking: the bookings contract's (the web sends it). */
import type { z } from 'zod';
import type { quickBookQuery } from '@hy/contracts';

export { quickBookQuery } from '@hy/contracts';
export type QuickBookQueryInput = z.infer<typeof quickBookQuery>;
