/** Zod request schemas of calendar feeds. */
import { z } from 'zod';
import { CALENDAR_FEED_KINDS } from '@hy/contracts';
import { id } from '../booking/booking.schema.ts';

export const feedCreate = z.object({ propertyId: id, kind: z.enum(CALENDAR_FEED_KINDS), targetId: id.optional() }).strict();
export type FeedCreate = z.infer<typeof feedCreate>;
export const propertyQuery = z.object({ propertyId: id });
export const tokenParam = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}\.ics$/) });
