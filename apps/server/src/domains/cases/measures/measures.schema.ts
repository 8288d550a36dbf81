/** Request schemas of the measures (S10): quarters for the complaint rate, months for the others. */
import { z } from 'zod';
import { reqText } from '../../../lib/http.ts';
import { format, quarter } from '../supervision/supervision.schema.ts';

const id = z.string().uuid();

export const quarterQuery = z.object({ propertyId: id, quarter, ...format });
export const correctiveBody = z.object({ propertyId: id, quarter, note: reqText(5000) }).strict();
