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
            <Table.Summary.Cell index={3} align="right">
              {s.bookings}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              {hoursText(s.hoursBooked)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              {s.meetingsHeld}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={6} align="right">
              {hoursText(s.hoursUsed)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={7} align="right">
              {pctText(s.utilisation)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={8} align="right">
              {venues.reduce((a, v) => a + v.attendees, 0)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={9} align="right">
              {money(s.billedFen)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={10} align="right">
              {money(s.paidFen)}
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
    </Card>
  );
}
