import type { ContactLookupQuery, ContactLookupResult } from '@hy/contracts';
import { api, qs } from '../../../lib/api';

/** Units, organizations and users matching a phone number. */
export const lookupContact = (propertyId: string, phone: string) =>
  api.get<ContactLookupResult>(`/cases/contact-lookup${qs({ propertyId, phone } satisfies ContactLookupQuery)}`);
