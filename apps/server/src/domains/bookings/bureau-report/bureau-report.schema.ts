/** Zod query schema of the bureau's daily report. */
import { z } from 'zod';
import { id, localDate } from '../booking/booking.schema.ts';

export const reportQuery = z.object({ propertyId: id, date: localDate });
