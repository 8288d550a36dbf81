import { useQueryClient } from '@tanstack/react-query';
import { useLiveEvents } from '../../../lib/live';
import { meetingKeys, type MeetingPage } from '../api';

/** Keeps the count live: a meetings.sign_in event of this meeting updates it in place (or refetches when the event carried no data). */
export function useLiveSignInCount(noticeId: string) {
  const qc = useQueryClient();
  useLiveEvents(['meetings.sign_in'], undefined, (d) => {
    if (d.noticeId && d.noticeId !== noticeId) return;
    const { total, signedIn } = d;
    if (typeof total === 'number' && typeof signedIn === 'number') {
      qc.setQueryData<MeetingPage>(meetingKeys.meetingPage(noticeId), (p) => (p ? { ...p, count: { total, signedIn } } : p));
    }
    void qc.invalidateQueries({ queryKey: meetingKeys.attendeeList(noticeId) });
    void qc.invalidateQueries({ queryKey: meetingKeys.meetingPage(noticeId) });
  });
}
