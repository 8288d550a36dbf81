import { Space, Tag, Tooltip, Typography } from 'antd';
import type { Venue } from '../api';
import { CLASS_COLORS, usePlaceLabels } from '../labels';

/** A venue's class and its lead-time rule; the class's description on hover. */
export function ClassTag({ venue }: { venue: Venue }) {
  const L = usePlaceLabels();
  return (
    <Tooltip title={L.classDesc(venue.venueClass)}>
      <Space size={[4, 0]} wrap>
        <Tag color={CLASS_COLORS[venue.venueClass]} style={{ marginInlineEnd: 0 }}>
          {L.venueClass(venue.venueClass)}
        </Tag>
        <Typography.Text type="secondary" style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
          {L.leadRule(venue.effectiveLeadTime)}
        </Typography.Text>
      </Space>
    </Tooltip>
  );
}
