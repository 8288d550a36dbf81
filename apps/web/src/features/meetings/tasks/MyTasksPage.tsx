/**
 * /my/tasks — 我的任务: a department's meeting tasks for today and tomorrow in due order, grouped by
 * meeting; mark done with a note and photo link; overdue in red; report the department ready.
 * Refreshes on live events. Made for phones (390 px) as well as desks.
 */
import { useMemo, useState } from 'react';
import { Alert, Card, Empty, Segmented, Skeleton, Space, Switch, Tag, Typography } from 'antd';
import { ClockCircleOutlined, EnvironmentOutlined, FileTextOutlined, TeamOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useLive } from '../../../lib/live';
import { useSession } from '../../../lib/session';
import { PageHeader } from '../../../components/PageHeader';
import { MEETING_TOPICS, meetingKeys, taskBoardQuery, type BoardTask } from '../api';
import { departmentsOf } from './departments';
import { BoardReadyButtons } from './BoardReadyButtons';
import { BoardTaskItem } from './BoardTaskItem';
import { CompleteTaskModal } from './CompleteTaskModal';
import { DEPT_COLORS } from '../labels';
import '../meetings.css';

const RANGES = { today: 2, week: 7 } as const;
type RangeKey = keyof typeof RANGES;

export default function MyTasksPage() {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const [params, setParams] = useSearchParams();
  const range: RangeKey = params.get('range') === 'week' ? 'week' : 'today';
  const [onlyOpen, setOnlyOpen] = useState(false);
  const [completing, setCompleting] = useState<BoardTask | null>(null);
  const depts = departmentsOf(session.roles);
  const { from, to } = useMemo(() => {
    const f = dayjs().tz(tz).startOf('day');
    return { from: f.format(), to: f.add(RANGES[range], 'day').format() };
  }, [tz, range]);
  useLive(MEETING_TOPICS, [meetingKeys.all], session.propertyId);
  const q = useQuery(taskBoardQuery(session.propertyId, from, to, depts.length === 1 ? depts[0] : undefined));
  const tasks = (q.data ?? [])
    .filter((x) => (depts.length ? depts.includes(x.department) : true))
    .filter((x) => x.meeting.status === 'active' || x.status === 'done');
  const groups = useMemo(() => {
    const m = new Map<string, BoardTask[]>();
    for (const x of tasks) m.set(x.noticeId, [...(m.get(x.noticeId) ?? []), x]);
    return [...m.entries()]
      .map(([id, list]) => ({
        id,
        list,
        meeting: list[0]!.meeting,
        open: list.filter((x) => x.status === 'open').length,
        next: list.find((x) => x.status === 'open')?.dueAt ?? list[0]!.dueAt,
      }))
      .sort((a, b) => (a.open === 0 ? 1 : 0) - (b.open === 0 ? 1 : 0) || a.next.localeCompare(b.next));
  }, [tasks]);

  return (
    <div className="mt-board" data-testid="my-tasks">
      <PageHeader
        title={t('board.title')}
        extra={
          <Space wrap size={8}>
            <Segmented
              value={range}
              onChange={(v) => setParams({ range: String(v) }, { replace: true })}
              options={(Object.keys(RANGES) as RangeKey[]).map((k) => ({ value: k, label: t(`board.range.${k}`) }))}
            />
            <Space size={4}>
              <Switch size="small" checked={onlyOpen} onChange={setOnlyOpen} data-testid="only-open" />
              <span>{t('board.onlyOpen')}</span>
            </Space>
          </Space>
        }
      />
      <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
        {depts.length
          ? depts.map((d) => (
              <Tag key={d} style={{ borderLeft: `3px solid ${DEPT_COLORS[d]}` }}>
                {t(`dept.${d}`)}
              </Tag>
            ))
          : null}
        {dayjs(from).tz(tz).format('MM-DD')} – {dayjs(to).tz(tz).subtract(1, 'day').format('MM-DD')}
      </Typography.Paragraph>
      {!depts.length && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('board.noDept')} />}
      {q.isLoading ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : groups.length === 0 ? (
        <Card>
          <Empty description={t('board.empty')} />
        </Card>
      ) : (
        groups.map((g) => {
          const shown = onlyOpen ? g.list.filter((x) => x.status === 'open') : g.list;
          const start = dayjs(g.meeting.startAt).tz(tz);
          return (
            <Card
              key={g.id}
              size="small"
              className="mt-meeting"
              data-testid="board-meeting"
              data-number={g.meeting.number}
              title={
                <div className="mt-meeting-head">
                  <div className="mt-meeting-name">{g.meeting.name ?? t('list.hidden')}</div>
                  <div className="mt-meeting-meta">
                    <span>
                      <ClockCircleOutlined /> {start.isSame(dayjs().tz(tz), 'day') ? t('board.today') : start.format('MM-DD')}{' '}
                      {start.format('HH:mm')}–{dayjs(g.meeting.endAt).tz(tz).format('HH:mm')}
                    </span>
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
                <Link to={`/service-notices/${g.id}`} aria-label={t('board.open')}>
                  <FileTextOutlined /> <span className="mt-hide-xs">{g.meeting.number}</span>
                </Link>
              }
            >
              <div className="mt-meeting-bar">
                {g.open ? (
                  <Tag color="orange">{t('board.tasksLeft', { count: g.open })}</Tag>
                ) : (
                  <Tag color="success">{t('board.allDone')}</Tag>
                )}
                {depts.length > 0 && <BoardReadyButtons noticeId={g.id} depts={depts} tasks={g.list} />}
              </div>
              {shown.map((x) => (
                <BoardTaskItem key={x.id} task={x} tz={tz} showDept={depts.length !== 1} onDone={setCompleting} />
              ))}
            </Card>
          );
        })
      )}
      <CompleteTaskModal task={completing} onClose={() => setCompleting(null)} />
    </div>
  );
}
