/** The booking's detail in a drawer (board, lists, approvals), with a link to its own page. */
import { Drawer, Empty, Skeleton } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useBooking } from '../api';
import { BookingDetailView } from './BookingDetailView';

export function BookingDrawer({ id, onClose }: { id: string | null; onClose: () => void }) {
  const { t } = useTranslation('bookings');
  const q = useBooking(id);
  return (
    <Drawer
      open={!!id}
      onClose={onClose}
      width={760}
      destroyOnHidden
      title={q.data ? `${t('detail.title')} · ${q.data.number}` : t('detail.title')}
      extra={id ? <Link to={`/bookings/${id}`}>{t('detail.openPage')}</Link> : null}
    >
      {q.isLoading ? (
        <Skeleton active />
      ) : q.data ? (
        <BookingDetailView booking={q.data} onClose={onClose} />
      ) : (
        <Empty description={t('detail.notFound')} />
      )}
    </Drawer>
  );
}
