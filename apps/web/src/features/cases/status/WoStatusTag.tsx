/** A work order's status as a coloured tag. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WorkOrderStatus } from '@hy/contracts';
import { WO_COLORS } from '../labels';

export function WoStatusTag({ status }: { status: WorkOrderStatus }) {
  const { t } = useTranslation('cases');
  return (
    <Tag color={WO_COLORS[status]} style={{ marginInlineEnd: 0 }} data-testid="wo-status">
      {t(`woStatus.${status}`)}
    </Tag>
  );
}
