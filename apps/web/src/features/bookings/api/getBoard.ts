import type { BoardView } from '@hy/contracts';
import { api, qs } from '../../../lib/api';

/** GET /bookings/board: venues with their holds for 1 or 7 days from `date` (local). */
export const getBoard = (propertyId: string | null, date: string, days: number) =>
  api.get<BoardView>(`/bookings/board${qs({ propertyId, date, days })}`);
