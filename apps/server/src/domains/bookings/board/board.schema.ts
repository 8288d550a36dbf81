/** Query schema of the availability board: the bookings contract's (the web sends it). */
import type { z } from 'zod';
import type { bookingBoardQuery } from '@hy/contracts';

export { bookingBoardQuery as boardQuery } from '@hy/contracts';
export type BoardQuery = z.infer<typeof bookingBoardQuery>;
