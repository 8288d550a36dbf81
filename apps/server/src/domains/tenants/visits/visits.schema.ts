/** Requests of tenant visits and greetings (from the contract: the web sends the same shapes). Bodies are strict. */
import { z } from 'zod';
import { uuid } from '@hy/contracts';

export {
  visitCreate,
  visitRecord,
  visitCancel,
  visitIssueCase,
  visitQuery,
  visitRegisterQuery,
  yearQuery,
  greetingCreate,
  greetingItemUpdate,
} from '@hy/contracts';
export const propertyQuery = z.object({ propertyId: uuid });
export const issueParams = z.object({ id: uuid, issueId: uuid });
export const itemParams = z.object({ id: uuid, itemId: uuid });
