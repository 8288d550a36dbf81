/** The guests data layer (M13): the list, counts, invitations, reminders, import/export, and the guest's own page. */
import { queryOptions } from '@tanstack/react-query';
import type { GuestCounts, GuestCreateInput, GuestPatchInput, GuestRow, PublicRegistration, RegistrationInput } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { download, uploadXlsx } from '../../meetings/api';
import { eventKeys } from '../api';

export interface GuestFilter {
  rsvp?: string;
  kind?: string;
  organization?: string;
  q?: string;
  reveal?: boolean;
}

export const guestKeys = {
  all: (id: string) => [...eventKeys.event(id), 'guests'] as const,
  list: (id: string, f: GuestFilter) => [...eventKeys.event(id), 'guests', 'list', f] as const,
  counts: (id: string) => [...eventKeys.event(id), 'guests', 'counts'] as const,
  link: (id: string, guestId: string) => [...eventKeys.event(id), 'guests', 'link', guestId] as const,
  public: (token: string | undefined) => ['event-registration', token] as const,
};

const listQs = (f: GuestFilter) =>
  qs({ rsvp: f.rsvp, kind: f.kind, organization: f.organization, q: f.q, reveal: f.reveal ? 'true' : undefined });

export const guestsQuery = (id: string, f: GuestFilter) =>
  queryOptions({
    queryKey: guestKeys.list(id, f),
    queryFn: () => api.get<{ data: GuestRow[]; total: number }>(`/events/${id}/guests${listQs(f)}`),
  });
export const countsQuery = (id: string) =>
  queryOptions({ queryKey: guestKeys.counts(id), queryFn: () => api.get<GuestCounts>(`/events/${id}/guests/counts`) });
export const linkQuery = (id: string, guestId: string | null) =>
  queryOptions({
    queryKey: guestKeys.link(id, guestId ?? ''),
    queryFn: () => api.get<{ link: string; pngDataUrl: string }>(`/events/${id}/guests/${guestId}/link`),
    enabled: !!guestId,
  });

export const guestWrite = {
  add: (id: string, v: GuestCreateInput) => api.post<GuestRow>(`/events/${id}/guests`, v),
  patch: (id: string, guestId: string, v: GuestPatchInput) => api.patch<GuestRow>(`/events/${id}/guests/${guestId}`, v),
  remove: (id: string, guestId: string) => api.del(`/events/${id}/guests/${guestId}`),
  invite: (id: string, guestIds?: string[]) =>
    api.post<{ invited: number; sms: number; email: number }>(`/events/${id}/guests/invite`, guestIds ? { guestIds } : {}),
  remind: (id: string) => api.post<{ reminded: number }>(`/events/${id}/guests/remind`, {}),
  sync: (id: string) => api.post<{ added: number; sessions: number }>(`/events/${id}/guests/sync-attendees`, {}),
  import: (id: string, file: File, csrf: string | null | undefined) =>
    uploadXlsx<{ imported: number }>(`/events/${id}/guests/import`, file, csrf),
  export: (id: string, f: GuestFilter) => download(`/events/${id}/guests${listQs(f) ? `${listQs(f)}&` : '?'}format=xlsx`, 'guests.xlsx'),
};

export const registrationQuery = (token: string | undefined) =>
  queryOptions({
    queryKey: guestKeys.public(token),
    queryFn: () => api.get<PublicRegistration>(`/public/event-registration/${token}`),
    retry: false,
  });
export const submitRegistration = (token: string | undefined, body: RegistrationInput) =>
  api.post<PublicRegistration>(`/public/event-registration/${token}`, body);
