/** One department's tasks on the notice: due time (red when overdue), quantity, who did it, or the done button. */
import { type HTMLAttributes } from 'react';
import { Button, Table, Tag, Typography } from 'antd';
import { CheckOutlined, LinkOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { type MeetingTask } from '../api';
import { fmtAt } from '../labels';
import '../meetings.css';

export function TaskTable({ tasks, tz, onComplete }: { tasks: MeetingTask[]; tz: string; onComplete: (t: MeetingTask) => void }) {
  const { t } = useTranslation('meetings');
  const now = dayjs();
  return (
    <Table<MeetingTask>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={tasks}
      scroll={{ x: 720 }}
      onRow={(r) => ({ 'data-testid': 'notice-task', 'data-status': r.status }) as HTMLAttributes<HTMLElement>}
      columns={[
        {
          title: t('detail.due'),
          width: 104,
          render: (_, r) => (
            <Typography.Text
              type={r.status === 'open' && dayjs(r.dueAt).isBefore(now) ? 'danger' : undefined}
              strong={r.status === 'open' && dayjs(r.dueAt).isBefore(now)}
            >
              {fmtAt(r.dueAt, tz)}
            </Typography.Text>
          ),
        },
        {
          title: t('detail.task'),
          render: (_, r) => (
            <div>
              <div>{r.title}</div>
              {r.instructions && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {r.instructions}
                </Typography.Text>
              )}
            </div>
          ),
        },
        { title: t('detail.qty'), width: 76, render: (_, r) => (r.quantity !== null ? `${r.quantity}${r.unit ?? ''}` : '') },
        {
          title: t('detail.status'),
          width: 200,
          render: (_, r) =>
            r.status === 'done' ? (
              <div style={{ fontSize: 12 }}>
                <Tag color="success" style={{ marginInlineEnd: 4 }}>
                  {t('taskStatus.done')}
                </Tag>
                {r.doneByName} {fmtAt(r.doneAt, tz)}
                {r.note && <div className="mt-pre">{r.note}</div>}
                {r.photoUrl && (
                  <a href={r.photoUrl} target="_blank" rel="noreferrer">
                    <LinkOutlined /> {t('detail.photo')}
                  </a>
                )}
              </div>
            ) : r.policies.complete ? (
              <Button size="small" icon={<CheckOutlined />} onClick={() => onComplete(r)} data-testid="task-complete">
                {t('board.markDone')}
              </Button>
            ) : (
              <Tag color={dayjs(r.dueAt).isBefore(now) ? 'error' : 'default'}>
                {dayjs(r.dueAt).isBefore(now) ? t('board.overdue') : t(`taskStatus.${r.status}`)}
              </Tag>
            ),
        },
      ]}
    />
  );
}
