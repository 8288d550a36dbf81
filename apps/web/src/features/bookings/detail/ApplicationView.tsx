/** 场地使用申请表 as filled in: applicant, handler, purpose, leaders attending, attendee scope, remarks. */
import { Card, Descriptions } from 'antd';
import type { Booking } from '../api';
import { useBookingLabels } from '../labels';

export function ApplicationView({ a }: { a: NonNullable<Booking['application']> }) {
  const { t } = useBookingLabels();
  return (
    <Card size="small" title={t('application.title')} style={{ marginTop: 12 }} data-testid="application-view">
      <Descriptions column={2} size="small" labelStyle={{ whiteSpace: 'nowrap' }}>
        <Descriptions.Item label={t('application.applicantUnit')}>{a.applicantUnit}</Descriptions.Item>
        <Descriptions.Item label={t('application.handler')}>
          {[a.handlerName, a.handlerPhone].filter(Boolean).join(' ') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('application.purpose')} span={2}>
          {a.purpose}
        </Descriptions.Item>
        <Descriptions.Item label={t('application.leadersAttending')} span={2}>
          {a.leadersAttending || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('application.attendeeScope')} span={2}>
          {a.attendeeScope || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('application.remarks')} span={2}>
          {a.remarks || '—'}
        </Descriptions.Item>
      </Descriptions>
    </Card>
  );
}
