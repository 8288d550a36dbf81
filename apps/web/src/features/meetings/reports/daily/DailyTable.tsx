/** Each meeting of the day: time and number, meeting, venue and cups, status and tasks, readiness and checks, incidents. */
import { type HTMLAttributes } from 'react';
import { Card, Empty, Table, Tag, Tooltip, Typography } from 'antd';
import { WarningOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { fmtAt } from '../../labels';
import { DeptReadyTags } from '../../status/DeptReadyTags';
import { LiveTag } from '../../status/LiveTag';
import type { DailyRow } from '../../api';
import { checkColor } from '../format';
import { Confidential } from '../Confidential';
import { useClassLabel } from '../useReportLabels';

export function DailyTable({ rows, tz }: { rows: DailyRow[]; tz: string }) {
  const { t } = useTranslation('meetings');
  const cls = useClassLabel();
  return (
    <Card size="small" styles={{ body: { padding: 0 } }}>
      <Table<DailyRow>
        size="small"
        rowKey="id"
        dataSource={rows}
        pagination={false}
        scroll={{ x: 1040 }}
        data-testid="daily-table"
        locale={{ emptyText: <Empty description={t('mrep.noMeetings')} /> }}
        onRow={(x) =>
          ({
            'data-testid': 'daily-row',
            'data-number': x.number,
            'data-status': x.status,
            className: x.status !== 'active' ? 'mr-row-off' : undefined,
          }) as HTMLAttributes<HTMLElement>
        }
        columns={[
          {
            title: t('mrep.col.timeNumber'),
            key: 'time',
            width: 150,
            render: (_, x) => (
              <div style={{ whiteSpace: 'nowrap' }}>
                <Typography.Text strong>{x.time}</Typography.Text>
                {x.issuedLate && (
                  <Tooltip title={t('list.issuedLate')}>
                    <WarningOutlined style={{ color: '#cf1322', marginInlineStart: 6 }} />
                  </Tooltip>
                )}
                <br />
                <Link to={`/service-notices/${x.id}`} style={{ fontSize: 12 }}>
                  {x.number}
                </Link>
              </div>
            ),
          },
          {
            title: t('mrep.col.meeting'),
            key: 'meeting',
            render: (_, x) => (
              <div style={{ minWidth: 180 }}>
                <div>{x.meetingName === null ? <Confidential /> : <Typography.Text strong>{x.meetingName}</Typography.Text>}</div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {x.organizerUnit} · {x.contact}
                </Typography.Text>
              </div>
            ),
          },
          {
            title: t('mrep.col.venueCup'),
            key: 'venue',
            width: 190,
            render: (_, x) => (
              <div>
                <div>
                  {x.venue}{' '}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {cls(x.venueClass)}
                  </Typography.Text>
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('mrep.people', { count: x.attendeeCount })} · {x.cupType.split('：')[1] ?? x.cupType}
                </Typography.Text>
              </div>
            ),
          },
          {
            title: t('mrep.col.status'),
            key: 'status',
            width: 96,
            render: (_, x) => (
              <div>
                {x.status === 'active' ? (
                  <LiveTag status={x.liveStatus} />
                ) : (
                  <Tag color={x.status === 'cancelled' ? 'default' : 'warning'}>{t(`noticeStatus.${x.status}`)}</Tag>
                )}
                <div style={{ fontSize: 12, whiteSpace: 'nowrap' }}>
                  <Typography.Text type="secondary">
                    {t('mrep.col.tasks')} {x.tasks.done}/{x.tasks.total}
                  </Typography.Text>
                  {x.tasks.overdue > 0 && (
                    <Tooltip title={t('mrep.overdue', { count: x.tasks.overdue })}>
                      <Typography.Text type="danger"> +{x.tasks.overdue}</Typography.Text>
                    </Tooltip>
                  )}
                </div>
              </div>
            ),
          },
          {
            title: t('mrep.col.readinessChecks'),
            key: 'readiness',
            width: 300,
            render: (_, x) => (
              <div>
                <DeptReadyTags departments={x.departments} />
                {x.checks.length > 0 && (
                  <div style={{ marginTop: 4, whiteSpace: 'nowrap' }}>
                    {[...x.checks]
                      .sort((a, b) => a.level - b.level)
                      .map((c) => (
                        <Tooltip
                          key={c.level}
                          title={`${t(`check.level${c.level}`)} · ${t(`check.${c.status}`)}${c.checkedAt ? ` · ${fmtAt(c.checkedAt, tz, 'HH:mm')}` : ''}`}
                        >
                          <Tag
                            color={checkColor[c.status]}
                            style={{ marginInlineEnd: 3, paddingInline: 5, fontSize: 11, lineHeight: '18px' }}
                            data-testid="daily-check"
                            data-level={c.level}
                            data-status={c.status}
                          >
                            {t(`mrep.levels.${c.level}`)} {t(`mrep.check.${c.status}`)}
                          </Tag>
                        </Tooltip>
                      ))}
                  </div>
                )}
              </div>
            ),
          },
          {
            title: t('mrep.col.incidents'),
            key: 'incidents',
            width: 76,
            align: 'right',
            render: (_, x) =>
              x.incidents ? (
                <Typography.Text type={x.openIncidents ? 'danger' : undefined}>
                  {x.incidents}
                  {x.openIncidents ? (
                    <>
                      <br />
                      <span style={{ fontSize: 12 }}>{t('mrep.openN', { count: x.openIncidents })}</span>
                    </>
                  ) : null}
                </Typography.Text>
              ) : (
                '—'
              ),
          },
        ]}
      />
    </Card>
  );
}
