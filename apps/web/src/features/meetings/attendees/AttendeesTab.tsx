/**
 * 参会人员 tab (SPEC M11; seed 001): the attendee list (add, .xlsx import with per-row errors, desk
 * sign-in), the meeting's QR sign-in code, the live sign-in count (updated by the live
 * meetings.sign_in events), the way to the sign-in desk and the agenda / attendee handbook editor.
 */
import { Button, Col, Row } from 'antd';
import { ScanOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { attendeesQuery, meetingPageQuery, type Notice } from '../api';
import { useLiveSignInCount } from './useLiveSignInCount';
import { SignInCountCard } from './SignInCountCard';
import { SignInQrCard } from './SignInQrCard';
import { AttendeeListCard } from './AttendeeListCard';
import { MeetingPageCard } from './MeetingPageCard';

export function AttendeesTab({ n }: { n: Notice }) {
  const { t } = useTranslation('meetings');
  const navigate = useNavigate();
  useLiveSignInCount(n.id);
  const page = useQuery(meetingPageQuery(n.id));
  const list = useQuery(attendeesQuery(n.id));
  const count = page.data?.count ?? list.data?.count ?? { total: 0, signedIn: 0 };
  return (
    <div data-testid="attendees-tab">
      <Button
        type="primary"
        size="large"
        icon={<ScanOutlined />}
        style={{ marginBottom: 12 }}
        onClick={() => navigate(`/sign-in-desk/${n.id}`)}
        data-testid="open-sign-in-desk"
      >
        {t('desk.open')}
      </Button>
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
