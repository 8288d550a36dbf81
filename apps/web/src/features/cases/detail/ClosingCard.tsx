/** 结案: how the case was closed, when, and the closing note. */
import { Card, Descriptions } from 'antd';
import { useTranslation } from 'react-i18next';
import type { CaseDetail } from '@hy/contracts';
import { fmt } from './format';

export function ClosingCard({ c }: { c: CaseDetail }) {
  const { t } = useTranslation('cases');
  return (
    <Card size="small" title={t('detail.closing')} style={{ marginBottom: 16 }}>
      <Descriptions size="small" column={2}>
        <Descriptions.Item label={t('field.closeResult')}>{t(`closeResult.${c.closeResult ?? 'resolved'}`)}</Descriptions.Item>
        <Descriptions.Item label={t('field.closedAt')}>{fmt(c.closedAt)}</Descriptions.Item>
        <Descriptions.Item label={t('field.closeNote')} span={2}>
          {c.closeNote ?? '—'}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
