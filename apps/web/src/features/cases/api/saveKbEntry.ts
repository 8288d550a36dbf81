import type { KbCreateBody, KbEntry } from '@hy/contracts';
import { api } from '../../../lib/api';

/** The entry's fields (the property and the version travel beside them). */
export type KbEntryInput = Omit<KbCreateBody, 'propertyId'>;
/** Create a knowledge entry (no id) or change one (with its version). */
export const saveKbEntry = (v: { propertyId: string | null; id?: string; version?: number; input: KbEntryInput }) =>
  v.id
    ? api.patch<KbEntry>(`/kb/${v.id}`, { ...v.input, version: v.version })
    : api.post<KbEntry>('/kb', { propertyId: v.propertyId, ...v.input });
