import type { KbEntry, KbPatchBody } from '@hy/contracts';
import { api } from '../../../lib/api';

/** Retire a knowledge entry (never deleted). */
export const archiveKbEntry = (id: string, version: number) =>
  api.post<KbEntry>(`/kb/${id}/archive`, { version } satisfies Pick<KbPatchBody, 'version'>);
