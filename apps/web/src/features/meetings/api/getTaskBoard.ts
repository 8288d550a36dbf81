/** GET /tasks — a department's tasks of a period in due order, each meeting once (by notice id), each key's texts once. */
import { queryOptions } from '@tanstack/react-query';
import type { Department } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { meetingKeys } from './keys';
import type { BoardResponse, BoardTask } from './types';

/** The board's tasks as whole tasks, each with its texts (its key's unless its own) and its meeting; an open one has no completion. */
export const withMeetings = (r: BoardResponse): BoardTask[] =>
  r.data.map(({ complete, ...x }) => ({
    doneBy: null,
    doneByName: null,
    doneAt: null,
    note: null,
    photoUrl: null,
    photos: [],
    overdueAlertedAt: null,
    ...r.kinds[x.key]!,
    ...x,
    policies: { complete },
    meeting: r.meetings[x.noticeId]!,
  }));

export const taskBoardQuery = (propertyId: string | null, from: string, to: string, department: Department | undefined) =>
  queryOptions({
    queryKey: meetingKeys.taskBoard(propertyId, from, to),
    queryFn: async () => withMeetings(await api.get<BoardResponse>(`/tasks${qs({ propertyId, from, to, department })}`)),
    enabled: !!propertyId,
    refetchInterval: 60_000,
  });
