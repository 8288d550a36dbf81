/** Readiness by department (on time, verified) and the three-level checks' results of the week. */
import { Card, Descriptions, Space, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { WeeklyReport } from '../../api';
import { pctText } from '../format';

export function ReadinessCard({ readiness }: { readiness: WeeklyReport['readiness'] }) {
  const { t } = useTranslation('meetings');
  return (
    <Card size="small" title={t('mrep.readiness')} className="mr-card">
      <Table
        size="small"
        rowKey="department"
        dataSource={readiness.byDepartment}
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
            {readiness.checks.map((c) => (
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
  );
}
