/** 每周业务简报 — the weekly briefing: meetings by class, venue and day, incidents, readiness, satisfaction, fees. */
import { useMemo } from 'react';
import { Card, Col, Descriptions, Empty, List, Rate, Row, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { EChartsOption } from 'echarts';
import { EChart } from '../../../components/EChart';
import { money } from '@hy/contracts';
import { fmtAt } from '../labels';
import { type WeeklyReport } from '../api';
import { COLORS, RATING_COLORS, hoursText, pctText } from './format';
import { Stat } from './Stat';
import { Stats } from './Stats';
import { ReportTitle } from './ReportTitle';
import { Confidential } from './Confidential';
import { FeesBlock } from './FeesBlock';
import { useClassLabel } from './useReportLabels';
import '../meetings.css';
import './reports.css';

export function WeeklyReportView({ r, tz }: { r: WeeklyReport; tz: string }) {
  const { t } = useTranslation('meetings');
  const cls = useClassLabel();
  const s = r.summary;
  const sat = r.satisfaction;
  const byDay = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 40, right: 16, top: 24, bottom: 44 },
      xAxis: {
        type: 'category',
        axisLabel: { interval: 0, lineHeight: 16 },
        data: r.byDay.map((d) => `${d.date.slice(5)}\n${t(`mrep.wd.${dayjs(d.date).day()}`)}`),
      },
      yAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: t('mrep.s.held'),
          data: r.byDay.map((d) => d.meetings),
          barMaxWidth: 36,
          itemStyle: { color: '#1677ff' },
          label: { show: true, position: 'top' },
        },
      ],
    }),
    [r, t],
  );
  const byClass = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'item', formatter: '{b}: {c} ({d}%)' },
      legend: { bottom: 0 },
      color: COLORS,
      series: [
        {
          type: 'pie',
          radius: ['30%', '68%'],
          center: ['50%', '44%'],
          name: t('mrep.byClass'),
          label: { position: 'inside', formatter: '{c}', color: '#fff', fontWeight: 'bold', fontSize: 14 },
          labelLine: { show: false },
          data: r.byClass.map((c) => ({ name: t('mrep.class', { c: c.venueClass }), value: c.meetings })),
        },
      ],
    }),
    [r, t],
  );
  const satChart = useMemo<EChartsOption>(
    () => ({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      grid: { left: 8, right: 32, top: 16, bottom: 8, containLabel: true },
      yAxis: { type: 'category', inverse: true, data: [...sat.distribution].reverse().map((d) => t(`survey.ratings.${d.rating}`)) },
      xAxis: { type: 'value', minInterval: 1 },
      series: [
        {
          type: 'bar',
          name: t('mrep.answers'),
          barMaxWidth: 26,
          label: { show: true, position: 'right' },
          data: [...sat.distribution].reverse().map((d) => ({ value: d.count, itemStyle: { color: RATING_COLORS[d.rating - 1] } })),
        },
      ],
    }),
    [sat.distribution, t],
  );
  const kinds = r.incidents.byKind.filter((k) => k.count > 0);
  return (
    <>
      <ReportTitle>{t('mrep.weeklyTitle', { week: r.week, from: r.days[0], to: r.days[r.days.length - 1] })}</ReportTitle>
      <Stats cols={5}>
        <Stat title={t('mrep.s.held')} value={s.held} testid="weekly-held" hint={t('mrep.s.upcomingHint', { count: s.upcoming })} />
        <Stat title={t('mrep.s.cancelled')} value={s.cancelled} />
        <Stat title={t('mrep.s.attendees')} value={s.attendees} />
        <Stat title={t('mrep.s.hours')} value={hoursText(s.hours)} />
        <Stat title={t('mrep.s.issuedLate')} value={s.issuedLate} danger={s.issuedLate > 0} />
        <Stat
          title={t('mrep.s.readyOnTime')}
          value={pctText(r.readiness.onTimeRate)}
          hint={`${r.readiness.onTime}/${r.readiness.meetings}`}
        />
        <Stat
          title={t('mrep.s.tasksOnTime')}
          value={pctText(r.readiness.tasks.onTimeRate)}
          hint={`${r.readiness.tasks.onTime}/${r.readiness.tasks.total}`}
        />
        <Stat
          title={t('mrep.s.incidents')}
          value={r.incidents.total}
          danger={r.incidents.serious > 0}
          hint={t('mrep.s.incidentsHint', { serious: r.incidents.serious, open: r.incidents.unresolved })}
        />
        <Stat
          title={t('mrep.s.avgRating')}
          value={sat.averageRating ?? '—'}
          hint={t('mrep.s.answeredHint', { answered: sat.answered, held: s.held })}
        />
        <Stat title={t('mrep.s.billed')} value={money(r.fees.billedFen)} hint={`${t('mrep.s.paid')} ${money(r.fees.paidFen)}`} />
      </Stats>
      <Row gutter={[12, 12]} className="mr-block">
        <Col xs={24} xl={10}>
          <Card size="small" title={t('mrep.byDay')} className="mr-card">
            <EChart option={byDay} height={260} />
          </Card>
        </Col>
        <Col xs={24} md={12} xl={7}>
          <Card size="small" title={t('mrep.byClass')} className="mr-card">
            {r.byClass.length ? (
              <EChart option={byClass} height={260} />
            ) : (
              <Empty className="mr-empty" description={t('mrep.noMeetings')} />
            )}
          </Card>
        </Col>
        <Col xs={24} md={12} xl={7}>
          <Card size="small" title={t('mrep.satisfaction')} className="mr-card">
            <EChart option={satChart} height={260} />
          </Card>
        </Col>
      </Row>
      <Row gutter={[12, 12]} className="mr-block">
        <Col xs={24} xl={12}>
          <Card size="small" title={t('mrep.byVenue')} className="mr-card">
            <Table
              size="small"
              rowKey="venue"
              dataSource={r.byVenue}
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
        </Col>
        <Col xs={24} xl={12}>
          <Card size="small" title={t('mrep.readiness')} className="mr-card">
            <Table
              size="small"
              rowKey="department"
              dataSource={r.readiness.byDepartment}
              pagination={false}
              locale={{ emptyText: t('mrep.noMeetings') }}
              columns={[
                { title: t('mrep.col.department'), dataIndex: 'department', render: (d: string) => t(`dept.${d}`) },
                { title: t('mrep.col.meetings'), dataIndex: 'meetings', width: 70, align: 'right' },
                { title: t('mrep.col.onTime'), dataIndex: 'onTime', width: 80, align: 'right' },
                {
                  title: t('mrep.col.onTimeRate'),
                  dataIndex: 'onTimeRate',
                  width: 90,
                  align: 'right',
                  render: (v: number | null) => (
                    <Typography.Text type={v !== null && v < 100 ? 'warning' : undefined}>{pctText(v)}</Typography.Text>
                  ),
                },
                { title: t('mrep.col.verified'), dataIndex: 'verified', width: 70, align: 'right' },
              ]}
            />
            <Descriptions size="small" column={1} style={{ marginTop: 8 }}>
              <Descriptions.Item label={t('mrep.checks')}>
                <Space size={[4, 4]} wrap>
                  {r.readiness.checks.map((c) => (
                    <span key={c.level}>
                      <Typography.Text type="secondary">{t(`mrep.levels.${c.level}`)}</Typography.Text>{' '}
                      {t('mrep.checkSummary', { ok: c.ok ?? 0, total: c.total })}
                      {(c.problem ?? 0) > 0 && (
                        <Tag color="error" style={{ marginInline: '4px 0' }}>
                          {t('check.problem')} {c.problem}
                        </Tag>
                      )}
                      {(c.missed ?? 0) > 0 && (
                        <Tag color="warning" style={{ marginInline: '4px 0' }}>
                          {t('check.missed')} {c.missed}
                        </Tag>
                      )}
                    </span>
                  ))}
                </Space>
              </Descriptions.Item>
            </Descriptions>
          </Card>
        </Col>
      </Row>
      <Card
        size="small"
        className="mr-block mr-card"
        title={t('mrep.incidentsN', { count: r.incidents.total })}
        extra={
          kinds.length > 0 && (
            <Space size={4} wrap>
              {kinds.map((k) => (
                <Tag key={k.kind}>
                  {t(`incident.kinds.${k.kind}`)} {k.count}
                </Tag>
              ))}
            </Space>
          )
        }
      >
        {r.incidents.list.length === 0 ? (
          <Typography.Text type="secondary">{t('incident.none')}</Typography.Text>
        ) : (
          <Table
            size="small"
            rowKey="id"
            dataSource={r.incidents.list}
            pagination={false}
            scroll={{ x: 900 }}
            columns={[
              {
                title: t('mrep.col.number'),
                dataIndex: 'number',
                width: 150,
                render: (v: string, x) => <Link to={`/service-notices/${x.noticeId}`}>{v}</Link>,
              },
              {
                title: t('mrep.col.meetingVenue'),
                key: 'm',
                width: 200,
                render: (_, x) => (
                  <>
                    {x.meetingName ?? <Confidential />}
                    <br />
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {x.venue}
                    </Typography.Text>
                  </>
                ),
              },
              {
                title: t('incident.kind'),
                dataIndex: 'kind',
                width: 100,
                render: (k: string, x) => (
                  <Space size={2}>
                    {t(`incident.kinds.${k}`)}
                    {x.severity === 'serious' && <Tag color="red">{t('mrep.serious')}</Tag>}
                  </Space>
                ),
              },
              { title: t('incident.description'), dataIndex: 'description' },
              { title: t('incident.handling'), dataIndex: 'handling', render: (v: string | null) => v ?? '—' },
              { title: t('mrep.col.reportedAt'), dataIndex: 'reportedAt', width: 100, render: (v: string) => fmtAt(v, tz) },
              {
                title: t('mrep.col.resolved'),
                dataIndex: 'resolvedAt',
                width: 100,
                render: (v: string | null) => (v ? fmtAt(v, tz) : <Tag color="orange">{t('incident.open')}</Tag>),
              },
            ]}
          />
        )}
      </Card>
      <Row gutter={[12, 12]} className="mr-block">
        <Col xs={24} xl={14}>
          <Card
            size="small"
            className="mr-card"
            title={t('mrep.commentsN', { count: sat.comments.length })}
            extra={
              <Typography.Text type="secondary">
                {t('mrep.satSummary', { answered: sat.answered, invited: sat.invited, rate: pctText(sat.satisfiedRate) })}
              </Typography.Text>
            }
          >
            <List
              size="small"
              dataSource={sat.comments}
              locale={{ emptyText: t('mrep.noComments') }}
              renderItem={(c) => (
                <List.Item data-testid="weekly-comment" data-number={c.number} data-rating={c.rating}>
                  <List.Item.Meta
                    title={
                      <Space size={8} wrap>
                        <Rate disabled value={c.rating} style={{ fontSize: 13 }} />
                        <Typography.Text type={c.rating <= 2 ? 'danger' : undefined}>{t(`survey.ratings.${c.rating}`)}</Typography.Text>
                        <Link to={`/service-notices/${c.noticeId}`}>{c.number}</Link>
                        <span>{c.meetingName ?? <Confidential />}</span>
                      </Space>
                    }
                    description={
                      <>
                        {c.comment}
                        <Typography.Text type="secondary" style={{ fontSize: 12, marginInlineStart: 8 }}>
                          —— {c.organizerUnit} · {fmtAt(c.answeredAt, tz, 'YYYY-MM-DD HH:mm')}
                        </Typography.Text>
                      </>
                    }
                  />
                </List.Item>
              )}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card size="small" className="mr-card" title={t('mrep.fees')}>
            <FeesBlock f={r.fees} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
