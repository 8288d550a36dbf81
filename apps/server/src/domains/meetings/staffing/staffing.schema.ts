/** Request schemas of staffing (M6, M12 授权上岗): bodies and queries from the meetings contract; the paths here. */
import { z } from 'zod';

export {
  propertyIdQuery as propertyQuery,
  staffProfileBody as profileBody,
  rosterGenerateBody as rosterBody,
  shiftCreateBody as shiftBody,
  shiftListQuery as shiftQuery,
  taskAssignBody as assignBody,
} from '@hy/contracts';
const id = z.string().uuid();
export const userParam = z.object({ userId: id });
export const assignmentParams = z.object({ id, userId: id });
