import type { DirectoryEntry } from '@hy/contracts';
import { api } from '../../../../lib/api';

export type DirectoryInput = Partial<
  Pick<
    DirectoryEntry,
    | 'kind'
    | 'parentId'
    | 'location'
    | 'nameZh'
    | 'nameEn'
    | 'title'
    | 'phone'
    | 'mobile'
    | 'emergencyContact'
    | 'emergencyPhone'
    | 'executive'
    | 'admitRule'
    | 'note'
  >
>;

/** Create an entry (no id) or change one. */
export const saveDirectoryEntry = (v: { propertyId: string | null; id?: string; input: DirectoryInput }) =>
  v.id
    ? api.patch<DirectoryEntry>(`/front-desk/directory/${v.id}`, v.input)
    : api.post<DirectoryEntry>('/front-desk/directory', { propertyId: v.propertyId, ...v.input });

export const archiveDirectoryEntry = (id: string) => api.post<DirectoryEntry>(`/front-desk/directory/${id}/archive`, {});
export const restoreDirectoryEntry = (id: string) => api.post<DirectoryEntry>(`/front-desk/directory/${id}/restore`, {});
