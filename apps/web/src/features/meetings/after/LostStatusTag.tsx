/** A lost item's status (found → stored → returned) as a coloured tag. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { LostItemStatus } from '@hy/contracts';

const LOST_COLOR: Record<LostItemStatus, string> = { found: 'orange', stored: 'blue', returned: 'green' };

export function LostStatusTag({ status }: { status: LostItemStatus }) {
  const { t } = useTranslation('meetings');
  return (
    <Tag color={LOST_COLOR[status]} data-status={status}>
      {t(`lost.status.${status}`)}
    </Tag>
  );
}
