/** The week's meetings per venue: class, meetings, hours, attendees. */
import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WeeklyReport } from '../../api';
import { hoursText } from '../format';
import { useClassLabel } from '../useReportLabels';

export function VenueUseCard({ byVenue }: { byVenue: WeeklyReport['byVenue'] }) {
  const { t } = useTranslation('meetings');
  const cls = useClassLabel();
  return (
    <Card size="small" title={t('mrep.byVenue')} className="mr-card">
      <Table
        size="small"
        rowKey="venue"
        dataSource={byVenue}
        pagination={false}
        locale={{ emptyText: t('mrep.noMeetings') }}
        columns={[
          { title: t('mrep.col.venue'), dataIndex: 'venue' },
          { title: t('mrep.col.class'), dataIndex: 'venueClass', width: 80, render: (v: string) => cls(v) },
          { title: t('mrep.col.meetings'), dataIndex: 'meetings', width: 70, align: 'right' },
          { title: t('mrep.col.hours'), dataIndex: 'hours', width: 104, align: 'right', render: hoursText },
          { title: t('mrep.col.attendees'), dataIndex: 'attendees', width: 80, align: 'right' },
        ]}
      />
    </Card>
  );
}
