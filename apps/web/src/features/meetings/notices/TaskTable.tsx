/**
 * One department's tasks on the notice: due time (red when overdue), quantity, who did it, or the done
 * button. A table on the desk; on a phone one card per task (one column, a done button a thumb can hit).
 */
import { type HTMLAttributes } from 'react';
import { Button, List, Table, Tag, Typography } from 'antd';
import { CheckOutlined, LinkOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { Photos } from '../../../components/files/Photos';
import { useIsPhone } from '../../../lib/useIsPhone';
import { type MeetingTask } from '../api';
import { fmtAt } from '../labels';
import '../meetings.css';

export function TaskTable({ tasks, tz, onComplete }: { tasks: MeetingTask[]; tz: string; onComplete: (t: MeetingTask) => void }) {
  const { t } = useTranslation('meetings');
  const now = dayjs();
  const phone = useIsPhone();
  const late = (r: MeetingTask) => r.status === 'open' && dayjs(r.dueAt).isBefore(now);
  const due = (r: MeetingTask) => (
    <Typography.Text type={late(r) ? 'danger' : undefined} strong={late(r)}>
      {fmtAt(r.dueAt, tz)}
    </Typography.Text>
  );
  const task = (r: MeetingTask) => (
    <div>
      <div>{r.title}</div>
      {r.instructions && (
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>
          {r.instructions}
        </Typography.Text>
      )}
    </div>
  );
  const qty = (r: MeetingTask) => (r.quantity !== null ? `${r.quantity}${r.unit ?? ''}` : '');
  const status = (r: MeetingTask) =>
    r.status === 'done' ? (
      <div style={{ fontSize: 12 }}>
        <Tag color="success" style={{ marginInlineEnd: 4 }}>
          {t('taskStatus.done')}
        </Tag>
        {r.doneByName} {fmtAt(r.doneAt, tz)}
        {r.note && <div className="mt-pre">{r.note}</div>}
        {r.photoUrl && (
          <a
            href={r.photoUrl}
            target="_blank"
            rel="noreferrer"
            style={phone ? { display: 'inline-block', minHeight: 40, lineHeight: '40px' } : undefined}
          >
            <LinkOutlined /> {t('detail.photo')}
          </a>
        )}
        {r.photos.length > 0 && <Photos files={r.photos} size={phone ? 64 : 48} testId="notice-task-photos" />}
      </div>
    ) : r.policies.complete ? (
      <Button
        size={phone ? 'large' : 'small'}
        block={phone}
        icon={<CheckOutlined />}
        onClick={() => onComplete(r)}
        data-testid="task-complete"
      >
        {t('board.markDone')}
      </Button>
    ) : (
      <Tag color={dayjs(r.dueAt).isBefore(now) ? 'error' : 'default'}>
        {dayjs(r.dueAt).isBefore(now) ? t('board.overdue') : t(`taskStatus.${r.status}`)}
      </Tag>
    );
  if (phone)
    return (
      <List
        size="small"
        dataSource={tasks}
        rowKey="id"
        locale={{ emptyText: t('staffing.noTasks') }}
        renderItem={(r) => (
          <List.Item key={r.id} data-testid="notice-task" data-status={r.status} style={{ display: 'block', padding: '10px 0' }}>
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, flexWrap: 'wrap' }}>
              {due(r)}
              {qty(r) && <span>{qty(r)}</span>}
            </div>
            <div style={{ overflowWrap: 'anywhere' }}>{task(r)}</div>
            <div style={{ marginTop: 6 }}>{status(r)}</div>
          </List.Item>
        )}
      />
    );
  return (
    <Table<MeetingTask>
      size="small"
      rowKey="id"
      pagination={false}
      dataSource={tasks}
      scroll={{ x: 720 }}
      onRow={(r) => ({ 'data-testid': 'notice-task', 'data-status': r.status }) as HTMLAttributes<HTMLElement>}
      columns={[
        { title: t('detail.due'), width: 104, render: (_, r) => due(r) },
        { title: t('detail.task'), render: (_, r) => task(r) },
        { title: t('detail.qty'), width: 76, render: (_, r) => qty(r) },
        { title: t('detail.status'), width: 200, render: (_, r) => status(r) },
      ]}
    />
  );
}
