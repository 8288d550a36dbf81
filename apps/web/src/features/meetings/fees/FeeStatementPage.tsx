/** /fee-statements/:id — one 《会议费用确认单》 (the link of issue and reminder notifications): staff and the organizing unit's organizer. */
import { Button, Card, Result, Skeleton } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api } from '../../../lib/api';
import { useSession } from '../../../lib/session';
import { PageHeader } from '../../../components/PageHeader';
import { moreKeys, type FeeStatement } from '../api/services';
import { useLiveMeetings } from '../api/types';
import { FeeStatementView } from './FeeStatement';
import '../meetings.css';

export default function FeeStatementPage() {
  const { id } = useParams();
  const { t } = useTranslation('meetings');
  const navigate = useNavigate();
  const session = useSession();
  useLiveMeetings(session.propertyId);
  const q = useQuery({
    queryKey: moreKeys.statementById(id),
    queryFn: () => api.get<FeeStatement>(`/fee-statements/${id}`),
    enabled: !!id,
  });
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
