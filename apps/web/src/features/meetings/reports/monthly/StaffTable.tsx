/** Every staff member's month: roles, tasks done and on time, meetings served, meeting, shift and overtime hours. */
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MonthlyReport } from '../../api';
import { hoursText, pctText } from '../format';
import { useRoleNames } from '../useReportLabels';

export function StaffTable({ staff }: { staff: MonthlyReport['staff'] }) {
  const { t } = useTranslation('meetings');
  const roleNames = useRoleNames();
  return (
    <Card size="small" className="mr-card" title={t('mrep.staff')} styles={{ body: { padding: 0 } }}>
      <Table
        size="small"
        rowKey="userId"
        dataSource={staff}
        pagination={staff.length > 30 ? { pageSize: 30 } : false}
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
  );
}
