/**
 * /my/tasks — 我的任务: a department's meeting tasks for today and tomorrow in due order, grouped by
 * meeting; mark done with a note and photo link; overdue in red; report the department ready.
 * Refreshes on live events. Made for phones (390 px) as well as desks.
 */
import { useMemo, useState } from 'react';
import { Alert, App, Button, Card, Empty, Segmented, Skeleton, Space, Switch, Tag, Typography } from 'antd';
import {
  CheckCircleFilled,
  CheckOutlined,
  ClockCircleOutlined,
  EnvironmentOutlined,
  FileTextOutlined,
  LinkOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { Department } from '@hy/contracts';
import { api, qs } from '../../../lib/api';
import { applyProblem } from '../../../lib/errors';
import { useSession } from '../../../lib/session';
import { PageHeader } from '../../../components/PageHeader';
import { departmentsOf, meetingKeys, useLiveMeetings, useNotice, withMeetings, type BoardResponse, type BoardTask } from '../api/types';
import { CompleteTaskModal } from './CompleteTaskModal';
import { DEPT_COLORS, LiveTag } from '../labels';
import '../meetings.css';

const RANGES = { today: 2, week: 7 } as const;
type RangeKey = keyof typeof RANGES;

function ReadyButtons({ noticeId, depts, tasks }: { noticeId: string; depts: Department[]; tasks: BoardTask[] }) {
  const { t } = useTranslation('meetings');
  const { message } = App.useApp();
  const qc = useQueryClient();
  const q = useNotice(noticeId);
  const [busy, setBusy] = useState(false);
  if (!q.data) return null;
  const n = q.data;
  return (
    <Space size={6} wrap>
      {n.departments
        .filter((d) => depts.includes(d.department))
        .map((d) => {
          if (d.verifiedAt)
            return (
              <Tag key={d.department} color="success" icon={<CheckCircleFilled />}>
                {t('readiness.verified')}
              </Tag>
            );
          if (d.readyAt)
            return (
              <Tag key={d.department} color="processing" icon={<CheckCircleFilled />} data-testid="board-ready-tag">
                {t('readiness.ready')}
              </Tag>
            );
          if (!n.policies.readiness.includes(d.department)) return null;
          const openHere = tasks.some((x) => x.department === d.department && x.status === 'open' && dayjs(x.dueAt).isBefore(n.startAt));
          return (
            <Button
              key={d.department}
              size="small"
              type="primary"
              ghost
              loading={busy}
              disabled={d.openBeforeStart > 0 || openHere}
              data-testid="board-report-ready"
              data-dept={d.department}
              onClick={async () => {
                setBusy(true);
                try {
                  await api.post(`/service-notices/${n.id}/readiness`, { department: d.department });
                  message.success(t('board.readyMsg'));
                } catch (err) {
                  message.error(applyProblem(err, undefined, t('err.failed')));
                } finally {
                  setBusy(false);
                  void qc.invalidateQueries({ queryKey: meetingKeys.all });
                }
              }}
            >
              {t('board.reportReady')}
              {depts.length > 1 ? ` · ${t(`dept.short.${d.department}`)}` : ''}
            </Button>
          );
        })}
      <LiveTag status={n.liveStatus} />
    </Space>
  );
}

function TaskItem({ task, tz, showDept, onDone }: { task: BoardTask; tz: string; showDept: boolean; onDone: (t: BoardTask) => void }) {
  const { t } = useTranslation('meetings');
  const due = dayjs(task.dueAt).tz(tz);
  const today = dayjs().tz(tz);
  const day = due.isSame(today, 'day') ? '' : due.isSame(today.add(1, 'day'), 'day') ? t('board.tomorrow') : due.format('MM-DD');
  const overdue = task.status === 'open' && (task.overdue || dayjs(task.dueAt).isBefore(dayjs()));
  return (
    <div
      className={`mt-task ${overdue ? 'overdue' : ''} ${task.status === 'done' ? 'done' : ''}`}
      data-testid="board-task"
      data-status={task.status}
      data-overdue={overdue ? '1' : '0'}
      data-title={task.title}
    >
      <div className="mt-task-time">
        <div className="hhmm">{due.format('HH:mm')}</div>
        {day && <div className="day">{day}</div>}
        {overdue && <div className="late">{t('board.overdue')}</div>}
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
  useLiveMeetings(session.propertyId);
  const q = useQuery({
    queryKey: meetingKeys.board(session.propertyId, from, to),
    queryFn: async () =>
      withMeetings(
        await api.get<BoardResponse>(
          `/tasks${qs({ propertyId: session.propertyId, from, to, department: depts.length === 1 ? depts[0] : undefined })}`,
        ),
      ),
    enabled: !!session.propertyId,
    refetchInterval: 60_000,
  });
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
                {depts.length > 0 && <ReadyButtons noticeId={g.id} depts={depts} tasks={g.list} />}
              </div>
              {shown.map((x) => (
                <TaskItem key={x.id} task={x} tz={tz} showDept={depts.length !== 1} onDone={setCompleting} />
              ))}
            </Card>
          );
        })
      )}
      <CompleteTaskModal task={completing} onClose={() => setCompleting(null)} />
    </div>
  );
}
