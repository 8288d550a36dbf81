/** /bookings/:id — one booking on its own page (the page notifications link to). */
import { Button, Card, Result, Skeleton } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { useLive } from '../../lib/live';
import { useSession } from '../../lib/session';
import { PageHeader } from '../../components/PageHeader';
import { useBooking, BOOKING_LIVE_TOPICS, bookingKeys } from './api';
import { BookingDetailView } from './detail/BookingDetailView';
import './bookings.css';

/** /bookings/:id — the page notifications link to. */
export default function BookingDetailPage() {
  const { id } = useParams();
  const { t } = useTranslation('bookings');
  const navigate = useNavigate();
  const session = useSession();
  useLive(BOOKING_LIVE_TOPICS, [bookingKeys.all], session.propertyId);
  const q = useBooking(id);
  const missing = q.error instanceof ApiError && (q.error.status === 404 || q.error.status === 400);
  return (
    <div>
      <PageHeader
        title={q.data ? `${t('detail.title')} · ${q.data.number}` : t('detail.title')}
        extra={
          <Button icon={<ArrowLeftOutlined />} onClick={() => (window.history.length > 1 ? navigate(-1) : navigate('/bookings'))}>
            {t('detail.back')}
          </Button>
        }
      />
      <Card>
        {q.isLoading ? (
          <Skeleton active />
        ) : missing || !q.data ? (
          <Result status="404" title={t('detail.notFound')} />
        ) : (
          <BookingDetailView booking={q.data} />
        )}
      </Card>
    </div>
  );
}
