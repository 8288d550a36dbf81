/** Request schemas of venue closures: the bookings contract's (the web sends them). */
import type { z } from 'zod';
import type { closureCreateBody, closureResolveBody } from '@hy/contracts';

export { closureCreateBody as closureInput, closureResolveBody as closureResolve, closureListQuery as closureQuery } from '@hy/contracts';
export type ClosureInput = z.infer<typeof closureCreateBody>;
export type ClosureResolve = z.infer<typeof closureResolveBody>;
