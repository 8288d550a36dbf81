/** GET /tasks — a department's tasks of a period in due order, each meeting once (by notice id). */
import { queryOptions } from '@tanstack/react-query';
import type { Department } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { meetingKeys } from './keys';
import type { BoardResponse, BoardTask } from './types';

/** The board's tasks, each with its meeting. */
export const withMeetings = (r: BoardResponse): BoardTask[] => r.data.map((x) => ({ ...x, meeting: r.meetings[x.noticeId]! }));

export const taskBoardQuery = (propertyId: string | null, from: string, to: string, department: Department | undefined) =>
  queryOptions({
    queryKey: meetingKeys.taskBoard(propertyId, from, to),
    queryFn: async () => withMeetings(await api.get<BoardResponse>(`/tasks${qs({ propertyId, from, to, department })}`)),
    enabled: !!propertyId,
    refetchInterval: 60_000,
  });
