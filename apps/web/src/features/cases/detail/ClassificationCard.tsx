/** The case's classification (kind, severity, emergency, nature, category, urgency) and the reclassify link. */
import { Button, Card, Descriptions, Typography } from 'antd';
import { EditOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useIsPhone } from '../../../lib/useIsPhone';
import type { CaseDetail } from '@hy/contracts';
import { useCaseLabels } from '../labels';

export function ClassificationCard({ c, onClassify }: { c: CaseDetail; onClassify(): void }) {
  // One column on a phone: three squeeze the values into a letter per line.
  const cols = useIsPhone() ? 1 : 3;
  const { t } = useTranslation(['cases', 'common']);
  const L = useCaseLabels();
  return (
    <Card
      size="small"
      title={t('detail.classification')}
      style={{ marginBottom: 16 }}
      extra={
        c.policies.classify && (
          <Button size="small" type="link" icon={<EditOutlined />} onClick={onClassify} data-testid="act-classify">
            {t('action.classify')}
          </Button>
        )
      }
    >
      <Descriptions size="small" column={cols} labelStyle={{ width: 100, whiteSpace: 'nowrap' }} data-testid="case-classification">
        <Descriptions.Item label={t('field.kind')}>{L.kind(c.kind)}</Descriptions.Item>
        <Descriptions.Item label={t('field.severity')}>{L.severity(c.severity)}</Descriptions.Item>
        <Descriptions.Item label={t('field.emergency')}>
          {c.emergency ? (
            <Typography.Text type="danger" strong>
              {t('common:status.yes')}
            </Typography.Text>
          ) : (
            t('common:status.no')
          )}
        </Descriptions.Item>
        {c.kind === 'complaint' && (
          <Descriptions.Item label={t('field.nature')}>
            {L.nature(c.nature)}
            {c.natureType ? ` · ${L.natureType(c.natureType)}` : ''}
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('field.category')}>
          {L.category(c.category)}
          {c.subcategory ? ` · ${L.subcategory(c.subcategory)}` : ''}
        </Descriptions.Item>
        <Descriptions.Item label={t('field.urgency')}>{L.urgency(c.urgency)}</Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
