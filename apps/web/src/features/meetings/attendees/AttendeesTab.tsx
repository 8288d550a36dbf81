/**
 * 参会人员 tab (SPEC M11; seed 001): the attendee list (add, .xlsx import with per-row errors, desk
 * sign-in), the meeting's QR sign-in code, the live sign-in count (updated by the live
 * meetings.sign_in events) and the agenda / attendee handbook editor.
 */
import { Col, Row } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { attendeesQuery, meetingPageQuery, type Notice } from '../api';
import { useLiveSignInCount } from './useLiveSignInCount';
import { SignInCountCard } from './SignInCountCard';
import { SignInQrCard } from './SignInQrCard';
import { AttendeeListCard } from './AttendeeListCard';
import { MeetingPageCard } from './MeetingPageCard';

export function AttendeesTab({ n }: { n: Notice }) {
  useLiveSignInCount(n.id);
  const page = useQuery(meetingPageQuery(n.id));
  const list = useQuery(attendeesQuery(n.id));
  const count = page.data?.count ?? list.data?.count ?? { total: 0, signedIn: 0 };
  return (
    <div data-testid="attendees-tab">
      <Row gutter={[16, 16]}>
        <Col xs={24} md={8}>
          <SignInCountCard count={count} />
        </Col>
        <Col xs={24} md={16}>
          <SignInQrCard noticeId={n.id} />
        </Col>
      </Row>
      <AttendeeListCard noticeId={n.id} />
      <MeetingPageCard noticeId={n.id} page={page.data} />
    </div>
  );
}
