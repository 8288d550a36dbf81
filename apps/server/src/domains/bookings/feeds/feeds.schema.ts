/** Request schemas of calendar feeds: the create body and the list query from the bookings contract; the public feed's token here. */
import { z } from 'zod';
import type { calendarFeedCreateBody } from '@hy/contracts';

export { calendarFeedCreateBody as feedCreate, propertyIdQuery as propertyQuery } from '@hy/contracts';
export type FeedCreate = z.infer<typeof calendarFeedCreateBody>;
export const tokenParam = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}\.ics$/) });
