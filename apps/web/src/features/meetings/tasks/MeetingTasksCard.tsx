/** One meeting on 我的任务: when, where and what, its state (overdue / now / next / done), the open tasks in due order, the done ones folded away. */
import { useState } from 'react';
import { Button, Card, Tag } from 'antd';
import { DownOutlined, EnvironmentOutlined, FileTextOutlined, TeamOutlined, UpOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { Department } from '@hy/contracts';
import type { BoardTask } from '../api';
import { BoardReadyButtons } from './BoardReadyButtons';
import { BoardTaskItem } from './BoardTaskItem';
import { isOverdue, type MeetingGroup } from './groupTasks';
import '../meetings.css';

export function MeetingTasksCard({
  g,
  tz,
  depts,
  now,
  onDone,
}: {
  g: MeetingGroup;
  tz: string;
  depts: Department[];
  now: number;
  onDone: (t: BoardTask) => void;
}) {
  const { t } = useTranslation('meetings');
  const [showDone, setShowDone] = useState(false);
  const start = dayjs(g.meeting.startAt).tz(tz);
  const today = dayjs(now).tz(tz);
  const day = start.isSame(today, 'day') ? '' : start.isSame(today.add(1, 'day'), 'day') ? t('board.tomorrow') : start.format('MM-DD');
  const stateTag =
    g.state === 'overdue' ? (
      <Tag color="error">{t('board.state.overdue', { count: g.overdue })}</Tag>
    ) : g.state === 'now' ? (
      <Tag color="processing">{t('board.state.now')}</Tag>
    ) : g.state === 'next' ? (
      <Tag color="orange">{t('board.state.next', { at: dayjs(g.next).tz(tz).format('HH:mm'), count: g.open.length })}</Tag>
    ) : (
      <Tag color="success">{t('board.allDone')}</Tag>
    );
  const all = [...g.open, ...g.done];
  return (
    <Card
      size="small"
      className={`mt-meeting mt-state-${g.state}`}
      data-testid="board-meeting"
      data-number={g.meeting.number}
      data-state={g.state}
      data-open={g.open.length}
      data-done={g.done.length}
      title={
        <div className="mt-meeting-head">
          <div className="mt-meeting-when">
            <span className="mt-meeting-time">
              {day && <span className="mt-meeting-day">{day}</span>}
              {start.format('HH:mm')}–{dayjs(g.meeting.endAt).tz(tz).format('HH:mm')}
            </span>
            {stateTag}
          </div>
          <div className="mt-meeting-name">{g.meeting.name ?? t('list.hidden')}</div>
          <div className="mt-meeting-meta">
            <span>
              <EnvironmentOutlined /> {g.meeting.venue}
            </span>
            <span>
              <TeamOutlined /> {g.meeting.attendeeCount}
            </span>
          </div>
        </div>
      }
      extra={
        <Link to={`/service-notices/${g.id}`} aria-label={t('board.open')} className="mt-tap" data-testid="board-open-notice">
          <FileTextOutlined />
        </Link>
      }
    >
      {depts.length > 0 && (
        <div className="mt-meeting-bar">
          <BoardReadyButtons noticeId={g.id} depts={depts} tasks={all} />
        </div>
      )}
      {g.open.map((x, i) => (
        <BoardTaskItem key={x.id} task={x} tz={tz} showDept={depts.length !== 1} next={i === 0 && !isOverdue(x, now)} onDone={onDone} />
      ))}
      {g.done.length > 0 && (
        <Button
          type="text"
          block
          className="mt-done-toggle"
          icon={showDone ? <UpOutlined /> : <DownOutlined />}
          onClick={() => setShowDone((v) => !v)}
          aria-expanded={showDone}
          data-testid="board-done-toggle"
        >
          {t('board.doneCount', { count: g.done.length })}
        </Button>
      )}
      {showDone && g.done.map((x) => <BoardTaskItem key={x.id} task={x} tz={tz} showDept={depts.length !== 1} onDone={onDone} />)}
    </Card>
  );
}
