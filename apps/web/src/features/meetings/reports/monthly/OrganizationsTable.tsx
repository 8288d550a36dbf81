/** Every organizer's month: meetings, statements, billed, paid, due. */
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { money } from '@hy/contracts';
import type { MonthlyReport } from '../../api';

export function OrganizationsTable({ organizations }: { organizations: MonthlyReport['organizations'] }) {
  const { t } = useTranslation('meetings');
  return (
    <Card size="small" className="mr-block mr-card" title={t('mrep.organizations')} styles={{ body: { padding: 0 } }}>
      <Table
        size="small"
        rowKey="organizerUnit"
        dataSource={organizations}
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
  );
}
