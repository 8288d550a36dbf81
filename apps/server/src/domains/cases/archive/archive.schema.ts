/** Request schemas of retention, archive and search (S11): the cases contract's. */
import type { z } from 'zod';
import type { caseSearchQuery } from '@hy/contracts';

export { propertyIdQuery as propertyQuery, archiveRunBody as archiveBody, caseSearchQuery as searchQuery } from '@hy/contracts';
export type SearchInput = z.infer<typeof caseSearchQuery>;
