/** The public QR sign-in page (no session): GET shows the meeting, POST signs the holder of the token in. */
import { queryOptions } from '@tanstack/react-query';
import type { PublicSignInBody } from '@hy/contracts';
import { api } from '../../../lib/api';
import { useApiMutation } from '../../../lib/mutation';
import { publicSignInKey } from './keys';
import type { MutationOptions } from './options';
import type { PublicPage, SignedIn } from './types';

export const publicSignInQuery = (token: string | undefined) =>
  queryOptions({
    queryKey: publicSignInKey(token),
    queryFn: () => api.get<PublicPage>(`/public/meeting-sign-in/${token}`),
    retry: false,
  });

/** An attendee code needs no body; the meeting's code asks for the name (and phone when the list has several). */
export const publicSignIn = ({ token, ...body }: { token: string | undefined } & PublicSignInBody) =>
  api.post<SignedIn>(`/public/meeting-sign-in/${token}`, body);

export const usePublicSignIn = (o: MutationOptions<Parameters<typeof publicSignIn>[0], SignedIn> = {}) =>
  useApiMutation({ mutationFn: publicSignIn, ...o });
