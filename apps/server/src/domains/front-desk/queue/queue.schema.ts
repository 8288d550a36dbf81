/** Requests of the desk queue. */
import { z } from 'zod';
import { uuid } from '@hy/contracts';

export const queueQuery = z.object({ propertyId: uuid }).strict();
export type QueueQuery = z.infer<typeof queueQuery>;
