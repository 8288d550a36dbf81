/** The week's incidents by kind, and each one: meeting and venue, kind, what happened, handling, reported, resolved. */
import { Card, Space, Table, Tag, Typography } from 'antd';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import type { WeeklyReport } from '../../api';
import { fmtAt } from '../../labels';
import { Confidential } from '../Confidential';

export function IncidentsCard({ incidents, tz }: { incidents: WeeklyReport['incidents']; tz: string }) {
  const { t } = useTranslation('meetings');
  const kinds = incidents.byKind.filter((k) => k.count > 0);
  return (
    <Card
      size="small"
      className="mr-block mr-card"
      title={t('mrep.incidentsN', { count: incidents.total })}
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
      {incidents.list.length === 0 ? (
        <Typography.Text type="secondary">{t('incident.none')}</Typography.Text>
      ) : (
        <Table
          size="small"
          rowKey="id"
          dataSource={incidents.list}
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
  );
}
