/** The services booked with a meeting, a tag each (会标「…」, 饮水 × 20 …). */
import { Space, Tag } from 'antd';
import type { BookingServiceItem } from '@hy/contracts';
import { useBookingLabels } from '../labels';

export function ServiceTags({ services }: { services: BookingServiceItem[] }) {
  const L = useBookingLabels();
  return (
    <Space size={[4, 4]} wrap>
      {services.map((s) => (
        <Tag key={`${s.code}${s.kind ?? ''}`}>{L.serviceText(s)}</Tag>
      ))}
    </Space>
  );
}
