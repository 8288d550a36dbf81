/** A booking's status as a coloured tag. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { BookingStatus } from '@hy/contracts';
import { STATUS_COLORS } from '../labels';

export function StatusTag({ status }: { status: BookingStatus }) {
  const { t } = useTranslation('bookings');
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }} data-testid="booking-status">
      {t(`status.${status}`)}
    </Tag>
  );
}
