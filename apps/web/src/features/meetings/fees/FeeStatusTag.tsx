/** A fee statement's status as a coloured tag. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FeeStatus } from '@hy/contracts';

const FEE_COLOR: Record<FeeStatus, string> = { draft: 'default', issued: 'processing', confirmed: 'success', void: 'default' };

export function FeeStatusTag({ status }: { status: FeeStatus }) {
  const { t } = useTranslation('meetings');
  return (
    <Tag color={FEE_COLOR[status]} data-testid="fee-status" data-status={status}>
      {t(`fee.status.${status}`)}
    </Tag>
  );
}
