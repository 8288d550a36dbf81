/** 紧急事件签认: who signed the emergency off, when, and their note. */
import { Card, Descriptions, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@hy/contracts';
import { fmt } from './format';

export function EmergencySignOffCard({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('cases');
  return (
    <Card size="small" title={t('detail.emergencySignOff')} style={{ marginBottom: 16 }} data-testid="emergency-signed">
      <Descriptions size="small" column={2} labelStyle={{ width: 100, whiteSpace: 'nowrap' }}>
        <Descriptions.Item label={t('field.signedOffBy')}>{c.emergencySignedOffByName ?? '—'}</Descriptions.Item>
        <Descriptions.Item label={t('field.signedOffAt')}>{fmt(c.emergencySignedOffAt)}</Descriptions.Item>
        <Descriptions.Item label={t('field.signOffNote')} span={2}>
          <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{c.emergencySignOffNote ?? '—'}</Typography.Text>
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
