import { z } from 'zod';
import { ROLES } from '@hy/contracts';
import { pageQuery } from '../../../lib/http.ts';

/** GET /users: one property (default: every one you administer), a search, a role, or the accounts without any role. */
export const usersQuery = z.object({
  ...pageQuery,
  propertyId: z.string().uuid().optional(),
  q: z.string().max(64).optional(),
  role: z.enum(ROLES).optional(),
  unassigned: z.coerce.boolean().optional(),
});
