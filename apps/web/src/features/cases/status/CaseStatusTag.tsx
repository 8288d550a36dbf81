/** A case's status as a coloured tag. */
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseStatus } from '@hy/contracts';
import { STATUS_COLORS } from '../labels';

export function CaseStatusTag({ status }: { status: CaseStatus }) {
  const { t } = useTranslation('cases');
  return (
    <Tag color={STATUS_COLORS[status]} style={{ marginInlineEnd: 0 }} data-testid="case-status">
      {t(`status.${status}`)}
    </Tag>
  );
}
