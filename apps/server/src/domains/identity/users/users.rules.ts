/**
 * How far an administrator reaches over one user account (X1):
 * - 'full': every property the account is tied to (its roles, its organization's or unit's
 *   property) is one the actor administers, or it is tied to none yet: profile, password, status
 *   and roles may be changed;
 * - 'roles': the account is tied to one of the actor's properties and also to one they do not
 *   administer: only the actor's own properties' roles may be granted or revoked;
 * - 'none': nothing of the account is the actor's (it is not even shown).
 */
export type AdminReach = 'none' | 'roles' | 'full';

export function adminReach(administers: readonly string[], tiedTo: readonly string[]): AdminReach {
  if (!administers.length) return 'none';
  const tied = [...new Set(tiedTo)];
  if (tied.every((p) => administers.includes(p))) return 'full';
  return tied.some((p) => administers.includes(p)) ? 'roles' : 'none';
}
