import { Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { FindingSummary } from '@hy/contracts';

const STATE_COLOR: Record<string, string> = { open: 'red', fixed: 'orange', in_repair: 'blue', closed: 'green' };

/** A finding's category, state and urgency as tags. */
export function FindingTags({ f }: { f: Pick<FindingSummary, 'category' | 'state' | 'urgent'> }) {
  const { t } = useTranslation('patrolFindings');
  return (
    <Space size={4} wrap>
      <Tag>{t(`category.${f.category}`)}</Tag>
      <Tag color={STATE_COLOR[f.state]} data-testid="finding-state">
        {t(`state.${f.state}`)}
      </Tag>
      {f.urgent && <Tag color="volcano">{t('field.urgent').split(/[（(]/)[0]}</Tag>}
    </Space>
  );
}
