/** /fee-statements/:id — one 《会议费用确认单》 (the link of issue and reminder notifications): staff and the organizing unit's organizer. */
import { Button, Card, Result, Skeleton } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { PageHeader } from '../../../components/PageHeader';
import { MEETING_TOPICS, meetingKeys, statementQuery } from '../api';
import { FeeStatementView } from './FeeStatementView';
import { useLive } from '../../../lib/live';

import '../meetings.css';

export default function FeeStatementPage() {
  const { id } = useParams();
  const { t } = useTranslation('meetings');
  const navigate = useNavigate();
  const session = useSession();
  useLive(MEETING_TOPICS, [meetingKeys.all], session.propertyId);
  const q = useQuery(statementQuery(id));
  const staff = session.can('meetings.read');
  const back = () => navigate(staff && q.data ? `/service-notices/${q.data.noticeId}` : '/my/fees');
  if (q.isLoading)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  if (!q.data)
    return (
      <Result
        status="404"
        title={t('fee.notFound')}
        extra={<Button onClick={() => navigate(staff ? '/service-notices' : '/my/fees')}>{t('detail.back')}</Button>}
      />
    );
  return (
    <div className="mt-narrow">
      <PageHeader
        title={t('fee.form')}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={back}>
            {staff ? t('fee.backNotice') : t('nav.myFees')}
          </Button>
        }
      />
      <Card size="small">
        <FeeStatementView s={q.data} showMeeting />
      </Card>
    </div>
  );
}
