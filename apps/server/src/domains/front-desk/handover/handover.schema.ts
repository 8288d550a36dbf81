/** Requests of the shift handover (from the contract: the web sends the same shapes). Bodies are strict. */
import { z } from 'zod';
import { uuid } from '@hy/contracts';

export {
  handoverCreate,
  handoverAck,
  handoverAccept,
  handoverQuery,
  handoverExportQuery,
  type HandoverCreate,
  type HandoverQuery,
  type HandoverExportQuery,
} from '@hy/contracts';
export const propertyQuery = z.object({ propertyId: uuid });
export const itemParams = z.object({ id: uuid, itemId: uuid });
