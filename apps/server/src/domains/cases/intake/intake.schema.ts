/** Request schemas of intake (S1, S3): the cases contract's (the intake page sends them). */
import type { z } from 'zod';
import type { caseCreateBody } from '@hy/contracts';

export {
  caseCreateBody as createCaseBody,
  contactLookupQuery,
  consultationCreateBody as consultationBody,
  consultationListQuery as listConsultationsQuery,
} from '@hy/contracts';
export type CreateCaseInput = z.infer<typeof caseCreateBody>;
