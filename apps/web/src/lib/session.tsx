import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { rolesAllow, type Permission, type Role, type SessionMe, type SessionProperty } from '@hy/contracts';
import { api, setCsrfToken, setOnUnauthorized } from './api';

/** GET /auth/me: the signed-in user, roles per property, CSRF token (the identity contract). */
export type Me = SessionMe;
export type MeProperty = SessionProperty;

interface SessionValue {
  me: Me | null;
  loading: boolean;
  property: MeProperty | null;
  propertyId: string | null;
  setPropertyId(id: string): void;
  roles: Role[];
  hasRole(...roles: Role[]): boolean;
  can(permission: Permission): boolean;
  refresh(): Promise<unknown>;
  signedIn(me: Me): void;
  signOut(): Promise<void>;
}

const SessionContext = createContext<SessionValue | null>(null);
const PROPERTY_KEY = 'hy.propertyId';

export function SessionProvider({ children }: { children: ReactNode }) {
  const qc = useQueryClient();
  const meQuery = useQuery({
    queryKey: ['me'],
    queryFn: async () => {
      try {
        return await api.get<Me>('/auth/me');
      } catch {
        return null;
      }
    },
    staleTime: 60_000,
  });
  const me = meQuery.data ?? null;
  const [propertyId, setPid] = useState<string | null>(() => localStorage.getItem(PROPERTY_KEY));

  useEffect(() => {
    setCsrfToken(me?.csrfToken ?? null);
    if (me && (!propertyId || !me.properties.some((p) => p.id === propertyId))) {
      // Default to the property where the user holds the most roles.
      const first = me.properties.reduce<MeProperty | undefined>(
        (best, p) => (!best || p.roles.length > best.roles.length ? p : best),
        undefined,
      );
      setPid(first?.id ?? null);
    }
  }, [me, propertyId]);

  useEffect(() => {
    setOnUnauthorized(() => qc.setQueryData(['me'], null));
  }, [qc]);

  const setPropertyId = useCallback(
    (id: string) => {
      localStorage.setItem(PROPERTY_KEY, id);
      setPid(id);
      qc.invalidateQueries({ predicate: (q) => q.queryKey[0] !== 'me' });
    },
    [qc],
  );

  const value = useMemo<SessionValue>(() => {
    const property = me?.properties.find((p) => p.id === propertyId) ?? null;
    const roles = property?.roles ?? [];
    return {
      me,
      loading: meQuery.isLoading,
      property,
      propertyId: property?.id ?? null,
      setPropertyId,
      roles,
      hasRole: (...rs) => rs.some((r) => roles.includes(r)),
      can: (perm) => rolesAllow(roles, perm),
      refresh: () => qc.invalidateQueries({ queryKey: ['me'] }),
      signedIn: (m) => {
        setCsrfToken(m.csrfToken);
        qc.setQueryData(['me'], m);
      },
      signOut: async () => {
        await api.post('/auth/logout').catch(() => {});
        setCsrfToken(null);
        // The offline copies of API answers belong to the person who signed out.
        if ('caches' in window) await caches.delete('api-reads').catch(() => false);
        qc.clear();
        qc.setQueryData(['me'], null);
      },
    };
  }, [me, meQuery.isLoading, propertyId, setPropertyId, qc]);

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession() {
  const v = useContext(SessionContext);
  if (!v) throw new Error('useSession outside SessionProvider');
  return v;
}
