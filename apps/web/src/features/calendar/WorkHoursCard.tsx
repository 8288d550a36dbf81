import { Card, Descriptions, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session';
import { propertyQuery } from '../places/api';

/** The property's working hours and time zone, which deadlines count with. */
export function WorkHoursCard() {
  const { t } = useTranslation('calendar');
  const { propertyId, property } = useSession();
  const hours = useQuery({ ...propertyQuery(propertyId), retry: false }).data;
  return (
    <Card size="small" title={t('hours.title')} style={{ marginBottom: 16 }} data-testid="calendar-hours">
      <Descriptions size="small" column={1} labelStyle={{ width: 90 }}>
        <Descriptions.Item label={t('hours.workHours')}>{hours ? `${hours.workStart} – ${hours.workEnd}` : '—'}</Descriptions.Item>
        <Descriptions.Item label={t('hours.timeZone')}>{hours?.timeZone ?? property?.timeZone ?? '—'}</Descriptions.Item>
      </Descriptions>
      <Typography.Paragraph style={{ fontSize: 12, margin: '4px 0 0' }}>{t('hours.weekdays')}</Typography.Paragraph>
      <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '4px 0 0' }}>
        {t('hours.note')}
      </Typography.Paragraph>
    </Card>
  );
}
