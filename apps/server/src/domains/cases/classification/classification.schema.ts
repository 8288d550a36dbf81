/** Request schemas of classification (S2): the cases contract's bodies, and the pinned emergencies' property. */
import type { z } from 'zod';
import type { caseClassifyBody } from '@hy/contracts';

export { caseClassifyBody as classifyBody, emergencySignOffBody, propertyIdQuery as pinnedQuery } from '@hy/contracts';
export type ClassifyInput = z.infer<typeof caseClassifyBody>;
