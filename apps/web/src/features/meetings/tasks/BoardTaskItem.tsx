/** One task on the board: due time (red when overdue, marked when next), quantity, instructions, who did it with the photos, or the done button. */
import { Button, Tag, Typography } from 'antd';
import { CheckCircleFilled, CheckOutlined, LinkOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { Photos } from '../../../components/files/Photos';
import { type BoardTask } from '../api';
import { DEPT_COLORS } from '../labels';
import '../meetings.css';

export function BoardTaskItem({
  task,
  tz,
  showDept,
  next = false,
  onDone,
}: {
  task: BoardTask;
  tz: string;
  showDept: boolean;
  next?: boolean;
  onDone: (t: BoardTask) => void;
}) {
  const { t } = useTranslation('meetings');
  const due = dayjs(task.dueAt).tz(tz);
  const today = dayjs().tz(tz);
  const day = due.isSame(today, 'day') ? '' : due.isSame(today.add(1, 'day'), 'day') ? t('board.tomorrow') : due.format('MM-DD');
  const overdue = task.status === 'open' && (task.overdue || dayjs(task.dueAt).isBefore(dayjs()));
  return (
    <div
      className={`mt-task ${overdue ? 'overdue' : ''} ${next ? 'next' : ''} ${task.status === 'done' ? 'done' : ''}`}
      data-testid="board-task"
      data-status={task.status}
      data-overdue={overdue ? '1' : '0'}
      data-title={task.title}
    >
      <div className="mt-task-time">
        <div className="hhmm">{due.format('HH:mm')}</div>
        {day && <div className="day">{day}</div>}
        {overdue && <div className="late">{t('board.overdue')}</div>}
        {next && <div className="next">{t('board.next')}</div>}
      </div>
      <div className="mt-task-body">
        <div className="mt-task-title">
          {showDept && <span className="mt-dot" style={{ background: DEPT_COLORS[task.department] }} />}
          <span>{task.title}</span>
          {task.quantity !== null && (
            <Tag color="blue" className="mt-qty">
              {task.quantity}
              {task.unit ?? ''}
            </Tag>
          )}
        </div>
        {task.instructions && (
          <Typography.Paragraph type="secondary" className="mt-task-ins" ellipsis={{ rows: 2, expandable: true, symbol: t('board.more') }}>
            {task.instructions}
          </Typography.Paragraph>
        )}
        {task.status === 'done' && (
          <div className="mt-task-done">
            <CheckCircleFilled style={{ color: '#52c41a' }} />{' '}
            {t('board.doneBy', { name: task.doneByName ?? '', at: task.doneAt ? dayjs(task.doneAt).tz(tz).format('HH:mm') : '' })}
            {task.note && <span> · {task.note}</span>}
            {task.photoUrl && (
              <a href={task.photoUrl} target="_blank" rel="noreferrer" style={{ marginLeft: 6 }}>
                <LinkOutlined />
              </a>
            )}
          </div>
        )}
        {task.photos.length > 0 && (
          <div className="mt-task-photos">
            <Photos files={task.photos} size={56} testId="board-task-photos" />
          </div>
        )}
      </div>
      <div className="mt-task-act">
        {task.status === 'open' && task.policies.complete && (
          <Button
            type={overdue ? 'primary' : 'default'}
            danger={overdue}
            icon={<CheckOutlined />}
            onClick={() => onDone(task)}
            data-testid="board-complete"
          >
            {t('board.done')}
          </Button>
        )}
      </div>
    </div>
  );
}
