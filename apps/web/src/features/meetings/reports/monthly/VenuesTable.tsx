/** Every venue's month: bookings, hours booked and used, meetings, utilisation, attendees, fees; the totals below. */
import { type HTMLAttributes } from 'react';
import { Card, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { money } from '@hy/contracts';
import type { MonthlyReport } from '../../api';
import { hoursText, pctText } from '../format';
import { useClassLabel } from '../useReportLabels';

export function VenuesTable({ venues, s }: { venues: MonthlyReport['venues']; s: MonthlyReport['summary'] }) {
  const { t } = useTranslation('meetings');
  const cls = useClassLabel();
  const totals = [
    s.bookings,
    hoursText(s.hoursBooked),
    s.meetingsHeld,
    hoursText(s.hoursUsed),
    pctText(s.utilisation),
    venues.reduce((a, v) => a + v.attendees, 0),
    money(s.billedFen),
    money(s.paidFen),
  ];
  return (
    <Card size="small" className="mr-block mr-card" title={t('mrep.venues')} styles={{ body: { padding: 0 } }}>
      <Table
        size="small"
        rowKey="venueId"
        dataSource={venues}
        pagination={false}
        scroll={{ x: 1100 }}
        onRow={(v) => ({ 'data-testid': 'monthly-venue-row', 'data-venue': v.code }) as HTMLAttributes<HTMLElement>}
        columns={[
          { title: t('mrep.col.code'), dataIndex: 'code', width: 90 },
          { title: t('mrep.col.venue'), dataIndex: 'venue' },
          { title: t('mrep.col.class'), dataIndex: 'venueClass', width: 80, render: (v: string) => cls(v) },
          { title: t('mrep.col.bookings'), dataIndex: 'bookings', width: 80, align: 'right' },
          { title: t('mrep.col.hoursBooked'), dataIndex: 'hoursBooked', width: 100, align: 'right', render: hoursText },
          { title: t('mrep.col.meetingsHeld'), dataIndex: 'meetingsHeld', width: 80, align: 'right' },
          { title: t('mrep.col.hoursUsed'), dataIndex: 'hoursUsed', width: 100, align: 'right', render: hoursText },
          { title: t('mrep.col.utilisation'), dataIndex: 'utilisation', width: 90, align: 'right', render: pctText },
          { title: t('mrep.col.attendees'), dataIndex: 'attendees', width: 80, align: 'right' },
          { title: t('mrep.col.billed'), dataIndex: 'billedFen', width: 120, align: 'right', render: money },
          { title: t('mrep.col.paid'), dataIndex: 'paidFen', width: 120, align: 'right', render: money },
        ]}
        summary={() => (
          <Table.Summary.Row className="mr-sum">
            <Table.Summary.Cell index={0} colSpan={3}>
              {t('mrep.total')}
            </Table.Summary.Cell>
            {totals.map((v, i) => (
              <Table.Summary.Cell key={i} index={i + 3} align="right">
                {v}
              </Table.Summary.Cell>
            ))}
          </Table.Summary.Row>
        )}
      />
    </Card>
  );
}
