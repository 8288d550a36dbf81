/** A small "服务通知单" button for a confirmed booking: opens its service notice (found by the booking's time window). */
import { Button } from 'antd';
import { FileProtectOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { api, qs } from '../lib/api';
import { useSession } from '../lib/session';
import type { NoticeRow } from '../features/meetings/api';

export function NoticeLink({ booking }: { booking: { id: string; propertyId: string; status: string; startAt: string; endAt: string } }) {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const navigate = useNavigate();
  const enabled = session.can('meetings.read') && booking.status !== 'requested';
  const q = useQuery({
    queryKey: ['meetings', 'of-booking', booking.id, booking.startAt],
    queryFn: async () =>
      (
        await api.get<{ data: NoticeRow[] }>(
          `/service-notices${qs({ propertyId: booking.propertyId, from: booking.startAt, to: booking.endAt })}`,
        )
      ).data.find((n) => n.bookingId === booking.id) ?? null,
    enabled,
  });
  if (!enabled || !q.data) return null;
  return (
    <Button
      size="small"
      icon={<FileProtectOutlined />}
      onClick={() => navigate(`/service-notices/${q.data!.id}`)}
      data-testid="booking-notice-link"
    >
      {t('nav.notices')} {q.data.number}
    </Button>
  );
}
