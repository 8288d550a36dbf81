/** The property's staff (users holding a staff role there), for attendance and evaluations. */
import { and, asc, eq, inArray } from 'drizzle-orm';
import { STAFF_ROLES, type Role } from '@hy/contracts';
import type { DbOrTx } from '../../db/client.ts';
import { userRoles, users } from '../../db/schema/index.ts';

export async function staffOf(db: DbOrTx, propertyId: string, ids?: string[]) {
  const conds = [eq(userRoles.propertyId, propertyId), inArray(userRoles.role, STAFF_ROLES as Role[]), eq(users.disabled, false)];
  if (ids) {
    if (!ids.length) return [];
    conds.push(inArray(users.id, ids));
  }
  const rows = await db
    .select({ id: users.id, displayName: users.displayName, role: userRoles.role })
    .from(userRoles)
    .innerJoin(users, eq(users.id, userRoles.userId))
    .where(and(...conds))
    .orderBy(asc(users.displayName), asc(users.id));
  const out = new Map<string, { id: string; displayName: string; roles: Role[] }>();
  for (const r of rows) {
    const s = out.get(r.id) ?? { id: r.id, displayName: r.displayName, roles: [] };
    s.roles.push(r.role as Role);
    out.set(r.id, s);
  }
  return [...out.values()];
}
