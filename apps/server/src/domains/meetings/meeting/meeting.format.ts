/** Small formatting shared by the meetings sub-features: ISO instants, local times, and a meeting's one-line name in notifications (M12: a closed meeting unnamed). */
import dayjs from '../../../lib/dayjs-fast-tz.ts';
import type { MeetingRef } from '@hy/contracts';
import type { NoticeContent } from '../../../db/schema/index.ts';
import { isClosed } from '../../bookings/index.ts';

export const iso = (d: Date | null) => d?.toISOString() ?? null;

/** "MM-DD HH:mm" in the property's time zone. */
export const fmt = (tz: string) => (d: Date | string) => dayjs(d).tz(tz).format('MM-DD HH:mm');

/** "HY-TZ-2026-000001 全市经济工作会议 主会场 06-04 14:00"; a closed meeting without its name. */
export const meetingLine = (n: { number: string; content: NoticeContent }, f: (d: string) => string) =>
  `${n.number} ${isClosed(n.content.confidentiality) ? '' : `${n.content.meetingName} `}${n.content.venue.name} ${f(n.content.startAt)}`;

/** A meeting as a notification names it (its parameters; the reader's side renders the line); a closed meeting without its name. */
export const meetingRef = (n: { number: string; content: NoticeContent }): MeetingRef => ({
  number: n.number,
  name: isClosed(n.content.confidentiality) ? null : n.content.meetingName,
  venue: n.content.venue.name,
  startAt: n.content.startAt,
});

/** A meeting's heading on a page of its own (attendees page, survey): number, name, venue, times. */
export const meetingHeading = (n: { number: string; content: NoticeContent; startAt: Date; endAt: Date }) => ({
  number: n.number,
  meetingName: n.content.meetingName,
  venue: n.content.venue.name,
  startAt: n.startAt.toISOString(),
  endAt: n.endAt.toISOString(),
});
