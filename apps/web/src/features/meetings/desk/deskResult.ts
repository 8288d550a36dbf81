/** What the desk last did: signed someone in, found them signed in already, or could not (the message says why). */
import type { SignedIn } from '../api';

export type DeskResult =
  { kind: 'signed' | 'again'; name: string; seat: string | null; at: number } | { kind: 'error'; message: string; at: number };

export const resultOf = (r: SignedIn): DeskResult => ({
  kind: r.alreadySignedIn ? 'again' : 'signed',
  name: r.attendee.name,
  seat: r.attendee.seat,
  at: Date.now(),
});
