/** 月度报表 — the monthly report: venue use, fees by organization, staff workload. */
import { useMemo, type HTMLAttributes } from 'react';
import { Card, Col, Empty, Row, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { EChartsOption } from 'echarts';
import { EChart } from '../../../components/EChart';
import { money } from '@hy/contracts';
import { type MonthlyReport } from '../api';
import { hoursText, pctText, yuanOf } from './format';
import { Stat } from './Stat';
import { Stats } from './Stats';
import { ReportTitle } from './ReportTitle';
import { useClassLabel, useRoleNames } from './useReportLabels';
import '../meetings.css';
import './reports.css';

export function MonthlyReportView({ r }: { r: MonthlyReport }) {
  const { t } = useTranslation('meetings');
  const cls = useClassLabel();
  const roleNames = useRoleNames();
  const s = r.summary;
  const venues = r.venues;
  const usedVenues = useMemo(
    () =>
      r.venues
        .filter((v) => v.hoursBooked > 0 || v.hoursUsed > 0)
        .sort((a, b) => b.hoursBooked - a.hoursBooked || b.hoursUsed - a.hoursUsed)
        .slice(0, 16),
    [r],
  );
  const orgs = useMemo(() => r.organizations.filter((o) => o.billedFen > 0).slice(0, 12), [r]);
  const staff = useMemo(() => r.staff.filter((x) => x.tasksDone || x.meetings).slice(0, 15), [r]);
  const hbar = (n: number) => Math.max(240, n * 30 + 60);
  const topHeight = hbar(Math.max(usedVenues.length, orgs.length));
  const venueChart = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 36, top: 30, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: usedVenues.map((v) => v.venue), axisLabel: { width: 130, overflow: 'truncate' } },
      series: [
        {
          type: 'bar',
          name: t('mrep.s.hoursBooked'),
          data: usedVenues.map((v) => v.hoursBooked),
          itemStyle: { color: '#91caff' },
          barMaxWidth: 12,
        },
        {
          type: 'bar',
          name: t('mrep.s.hoursUsed'),
          data: usedVenues.map((v) => v.hoursUsed),
          itemStyle: { color: '#1677ff' },
          barMaxWidth: 12,
        },
      ],
    }),
    [usedVenues, t],
  );
  const feeChart = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: (v) => `¥${Number(v).toFixed(2)}` },
      legend: { top: 0 },
      grid: { left: 8, right: 40, top: 30, bottom: 8, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', inverse: true, data: orgs.map((o) => o.organizerUnit), axisLabel: { width: 140, overflow: 'truncate' } },
      series: [
        {
          type: 'bar',
          name: t('mrep.s.billed'),
          data: orgs.map((o) => yuanOf(o.billedFen)),
          itemStyle: { color: '#faad14' },
          barMaxWidth: 14,
        },
        { type: 'bar', name: t('mrep.s.paid'), data: orgs.map((o) => yuanOf(o.paidFen)), itemStyle: { color: '#52c41a' }, barMaxWidth: 14 },
      ],
    }),
    [orgs, t],
  );
  const staffChart = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0 },
      grid: { left: 8, right: 24, top: 30, bottom: 8, containLabel: true },
      xAxis: { type: 'value', minInterval: 1 },
      yAxis: { type: 'category', inverse: true, data: staff.map((x) => x.name || '—') },
      series: [
        {
          type: 'bar',
          name: t('mrep.col.tasksDone'),
          data: staff.map((x) => x.tasksDone),
          itemStyle: { color: '#1677ff' },
          barMaxWidth: 14,
          label: { show: true, position: 'right' },
        },
        {
          type: 'bar',
          name: t('mrep.col.meetingsServed'),
          data: staff.map((x) => x.meetings),
          itemStyle: { color: '#13c2c2' },
          barMaxWidth: 14,
        },
      ],
    }),
    [staff, t],
  );
  return (
    <>
      <ReportTitle>{t('mrep.monthlyTitle', { month: r.month })}</ReportTitle>
      <Stats cols={5}>
        <Stat title={t('mrep.s.bookings')} value={s.bookings} testid="monthly-bookings" />
        <Stat title={t('mrep.s.hoursBooked')} value={hoursText(s.hoursBooked)} />
        <Stat
          title={t('mrep.s.meetingsHeld')}
          value={s.meetingsHeld}
          hint={s.cancelled ? t('mrep.s.cancelledN', { count: s.cancelled }) : undefined}
        />
        <Stat title={t('mrep.s.hoursUsed')} value={hoursText(s.hoursUsed)} />
        <Stat title={t('mrep.s.utilisation')} value={pctText(s.utilisation)} />
        <Stat title={t('mrep.s.billed')} value={money(s.billedFen)} />
        <Stat title={t('mrep.s.paid')} value={money(s.paidFen)} hint={`${t('mrep.s.due')} ${money(s.dueFen)}`} />
        <Stat title={t('mrep.s.received')} value={money(s.received.fen)} />
        <Stat
          title={t('mrep.s.avgRating')}
          value={s.satisfaction.averageRating ?? '—'}
          hint={t('mrep.s.satisfiedHint', { rate: pctText(s.satisfaction.satisfiedRate), answered: s.satisfaction.answered })}
        />
        <Stat title={t('mrep.s.tasksDone')} value={s.tasksDone} />
      </Stats>
      <Row gutter={[12, 12]} className="mr-block">
        <Col xs={24} xl={12}>
          <Card size="small" className="mr-card" title={t('mrep.venueHours')}>
            {usedVenues.length ? <EChart option={venueChart} height={topHeight} /> : <Empty className="mr-empty" />}
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" className="mr-card" title={t('mrep.orgFees')}>
            {orgs.length ? <EChart option={feeChart} height={topHeight} /> : <Empty className="mr-empty" description={t('mrep.noFees')} />}
          </Card>
        </Col>
      </Row>
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
      <Card size="small" className="mr-block mr-card" title={t('mrep.organizations')} styles={{ body: { padding: 0 } }}>
        <Table
          size="small"
          rowKey="organizerUnit"
          dataSource={r.organizations}
          pagination={false}
          locale={{ emptyText: t('mrep.noMeetings') }}
          columns={[
            { title: t('mrep.col.organizer'), dataIndex: 'organizerUnit' },
            { title: t('mrep.col.meetings'), dataIndex: 'meetings', width: 90, align: 'right' },
            { title: t('mrep.col.statements'), dataIndex: 'statements', width: 100, align: 'right' },
            { title: t('mrep.col.billed'), dataIndex: 'billedFen', width: 130, align: 'right', render: money },
            { title: t('mrep.col.paid'), dataIndex: 'paidFen', width: 130, align: 'right', render: money },
            {
              title: t('mrep.col.due'),
              dataIndex: 'dueFen',
              width: 130,
              align: 'right',
              render: (v: number) => <Typography.Text type={v > 0 ? 'danger' : undefined}>{money(v)}</Typography.Text>,
            },
          ]}
        />
      </Card>
      <Row gutter={[12, 12]} className="mr-block">
        <Col xs={24} xl={8}>
          <Card size="small" className="mr-card" title={t('mrep.workload')}>
            {staff.length ? <EChart option={staffChart} height={hbar(staff.length)} /> : <Empty className="mr-empty" />}
          </Card>
        </Col>
        <Col xs={24} xl={16}>
          <Card size="small" className="mr-card" title={t('mrep.staff')} styles={{ body: { padding: 0 } }}>
            <Table
              size="small"
              rowKey="userId"
              dataSource={r.staff}
              pagination={r.staff.length > 30 ? { pageSize: 30 } : false}
              scroll={{ x: 720 }}
              columns={[
                { title: t('mrep.col.name'), dataIndex: 'name', width: 76, fixed: 'left' },
                { title: t('mrep.col.roles'), dataIndex: 'roles', render: roleNames },
                { title: t('mrep.col.tasksDone'), dataIndex: 'tasksDone', width: 70, align: 'right' },
                { title: t('mrep.col.onTimeRate'), dataIndex: 'onTimeRate', width: 76, align: 'right', render: pctText },
                { title: t('mrep.col.tasksAssigned'), dataIndex: 'tasksAssigned', width: 70, align: 'right' },
                { title: t('mrep.col.meetingsServed'), dataIndex: 'meetings', width: 70, align: 'right' },
                { title: t('mrep.col.meetingHours'), dataIndex: 'meetingHours', width: 76, align: 'right', render: hoursText },
                { title: t('mrep.col.shiftHours'), dataIndex: 'shiftHours', width: 76, align: 'right', render: hoursText },
                {
                  title: t('mrep.col.overtimeHours'),
                  dataIndex: 'overtimeHours',
                  width: 76,
                  align: 'right',
                  render: (v: number) => (v ? <Typography.Text type="warning">{hoursText(v)}</Typography.Text> : '0'),
                },
              ]}
            />
          </Card>
        </Col>
      </Row>
    </>
  );
}
