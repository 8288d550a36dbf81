import type { KbEntry } from '@hy/contracts';
import { api } from '../../../lib/api';

export interface KbEntryInput {
  category: string;
  question: string;
  answer: string;
  courtesy: boolean;
  public: boolean;
  keywords: string[];
}
/** Create a knowledge entry (no id) or change one (with its version). */
export const saveKbEntry = (v: { propertyId: string | null; id?: string; version?: number; input: KbEntryInput }) =>
  v.id
    ? api.patch<KbEntry>(`/kb/${v.id}`, { ...v.input, version: v.version })
    : api.post<KbEntry>('/kb', { propertyId: v.propertyId, ...v.input });
