import { infiniteQueryOptions } from '@tanstack/react-query';
import type { DeskCall, DeskMessage } from '@hy/contracts';
import { api, qs, type Page } from '../../../../lib/api';
import { messageKeys } from './keys';

/** The message book, a page at a time: open (undelivered) ones, delivered ones, or all. */
export const messagesQuery = (propertyId: string | null, f: { state: 'open' | 'delivered' | 'all'; q?: string }) =>
  infiniteQueryOptions({
    queryKey: messageKeys.list(propertyId, f),
    queryFn: ({ pageParam }) =>
      api.get<Page<DeskMessage>>(
        `/front-desk/messages${qs({ propertyId, state: f.state, q: f.q || undefined, limit: 50, cursor: pageParam })}`,
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: !!propertyId,
  });

/** The signed-in user's own messages (the tenant's "my messages"). */
export const myMessagesQuery = () =>
  infiniteQueryOptions({
    queryKey: messageKeys.mine(),
    queryFn: ({ pageParam }) => api.get<Page<DeskMessage>>(`/front-desk/my-messages${qs({ limit: 30, cursor: pageParam })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
  });

/** The business call log. */
export const callsQuery = (propertyId: string | null, f: { q?: string }) =>
  infiniteQueryOptions({
    queryKey: messageKeys.calls(propertyId, f),
    queryFn: ({ pageParam }) =>
      api.get<Page<DeskCall>>(`/front-desk/calls${qs({ propertyId, q: f.q || undefined, limit: 50, cursor: pageParam })}`),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (last) => last.nextCursor ?? undefined,
    enabled: !!propertyId,
  });

/** The workbook of the message book and the call log (a plain link: the session cookie goes along). */
export const bookExportUrl = (propertyId: string | null) => `/api/v1/front-desk/messages/export${qs({ propertyId })}`;
