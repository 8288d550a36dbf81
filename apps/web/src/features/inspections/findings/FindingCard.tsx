import { Card, Space, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { FindingSummary } from '@hy/contracts';
import { useDateTime } from '../../../lib/format';
import { FindingTags } from './FindingTags';

/** One finding as a card (phone lists): where, what, when, its state; the card opens the finding. */
export function FindingCard({ f }: { f: FindingSummary }) {
  const { t } = useTranslation('patrolFindings');
  const fmt = useDateTime();
  return (
    <Link to={`/inspections/findings/${f.id}`} data-testid="finding-card">
      <Card size="small" hoverable>
        <Space direction="vertical" size={2} style={{ width: '100%' }}>
          <Typography.Text strong>
            {f.checkpointName} · {f.title}
          </Typography.Text>
          {f.note && <Typography.Text type="secondary">{f.note}</Typography.Text>}
          <FindingTags f={f} />
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {f.planName} · {fmt(f.foundAt)} · {t('field.foundBy')} {f.foundByName}
          </Typography.Text>
        </Space>
      </Card>
    </Link>
  );
}
