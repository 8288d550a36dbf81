/** iCalendar feeds (X5): a feed (never its token hash), the one answer that shows its token and URL. */
import { z } from 'zod';
import { CALENDAR_FEED_KINDS } from '../bookings.ts';
import { instant, list, nullableInstant, uuid } from '../fields.ts';

export const calendarFeed = z.object({
  id: z.string(),
  propertyId: z.string(),
  kind: z.enum(CALENDAR_FEED_KINDS),
  targetId: z.string(),
  createdBy: z.string(),
  createdAt: instant,
  revokedAt: nullableInstant,
});
export type CalendarFeed = z.infer<typeof calendarFeed>;
export const calendarFeedList = list(calendarFeed);

/** Answered once, at creation: the secret token and the URL built from it. */
export const calendarFeedCreated = calendarFeed.extend({ token: z.string(), url: z.string() });
export type CalendarFeedCreated = z.infer<typeof calendarFeedCreated>;

/** POST /calendar-feeds: a feed of the property, of one venue or of one organization. */
export const calendarFeedCreateBody = z.object({ propertyId: uuid, kind: z.enum(CALENDAR_FEED_KINDS), targetId: uuid.optional() }).strict();
export type CalendarFeedCreateBody = z.input<typeof calendarFeedCreateBody>;
