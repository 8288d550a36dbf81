import type { EventStatus } from '@hy/contracts';

/** The colour of an event's status tag. */
export const STATUS_COLOR: Record<EventStatus, string> = {
  planning: 'blue',
  ready: 'cyan',
  running: 'green',
  closed: 'default',
  cancelled: 'red',
};
