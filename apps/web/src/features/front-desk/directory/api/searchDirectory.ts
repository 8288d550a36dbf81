import { queryOptions } from '@tanstack/react-query';
import type { DirectoryEntry, DirectoryKind } from '@hy/contracts';
import { api, qs, type Page } from '../../../../lib/api';
import { directoryKeys } from './keys';

export interface DirectoryFilters {
  q?: string;
  kind?: DirectoryKind;
  executive?: boolean;
  archived?: boolean;
  limit?: number;
}

/** Directory entries matching a desk search (name, unit, company, pinyin initials, phone). */
export const directorySearchQuery = (propertyId: string | null, f: DirectoryFilters) =>
  queryOptions({
    queryKey: directoryKeys.search(propertyId, { ...f }),
    queryFn: () =>
      api.get<Page<DirectoryEntry>>(
        `/front-desk/directory${qs({
          propertyId,
          q: f.q || undefined,
          kind: f.kind,
          executive: f.executive === undefined ? undefined : String(f.executive),
          archived: f.archived ? 'true' : undefined,
          limit: f.limit ?? 20,
        })}`,
      ),
    enabled: !!propertyId,
    placeholderData: (prev) => prev,
  });

export const directoryEntryQuery = (id: string | undefined) =>
  queryOptions({
    queryKey: directoryKeys.one(id),
    queryFn: () => api.get<DirectoryEntry>(`/front-desk/directory/${id}`),
    enabled: !!id,
  });
