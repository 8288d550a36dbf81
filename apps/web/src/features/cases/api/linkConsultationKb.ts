import type { KbConsultationLink, KbLinkBody } from '@hy/contracts';
import { api } from '../../../lib/api';

/** S12: the knowledge entry that answered a consultation is tied to it. */
export const linkConsultationKb = (consultationId: string, entryId: string) =>
  api.post<KbConsultationLink>(`/consultations/${consultationId}/kb-links`, { entryId } satisfies KbLinkBody);
