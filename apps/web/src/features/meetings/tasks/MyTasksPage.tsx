/**
 * /my/tasks — 我的任务: a department's meeting tasks, one card per meeting (time, venue, topic), the
 * meetings that need someone now first (overdue, running, next), finished ones last with their tasks
 * folded away; a day switcher (today, tomorrow, the next 7 days); `?state=overdue|now|next` (the cockpit's
 * tiles) shows only the open tasks of that slot, as many as the tile counts. Mark done with a note and photos;
 * report the department ready. Refreshes on live events. Made for phones (390 px) as well as desks.
 */
import { useMemo, useState } from 'react';
import { Alert, Card, Empty, Segmented, Skeleton, Tag } from 'antd';
import { CloseOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useSearchParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useLive } from '../../../lib/live';
import { useSession } from '../../../lib/session';
import { PageHeader } from '../../../components/PageHeader';
import { MEETING_TOPICS, meetingKeys, taskBoardQuery, type BoardTask } from '../api';
import { departmentsOf } from './departments';
import { CompleteTaskModal } from './CompleteTaskModal';
import { MeetingTasksCard } from './MeetingTasksCard';
import { TASK_SLOTS, groupTasks, isOverdue, slotOf, type TaskSlot } from './groupTasks';
import { DEPT_COLORS } from '../labels';
import '../meetings.css';

/** Which days the board shows: [start, start + length) in days from today. */
const RANGES = { today: [0, 1], tomorrow: [1, 1], week: [0, 7] } as const;
type RangeKey = keyof typeof RANGES;
const isRange = (v: string | null): v is RangeKey => !!v && v in RANGES;

export default function MyTasksPage() {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const [params, setParams] = useSearchParams();
  const asked = params.get('range');
  const range: RangeKey = isRange(asked) ? asked : 'today';
  const askedState = params.get('state');
  const only = TASK_SLOTS.includes(askedState as TaskSlot) ? (askedState as TaskSlot) : null;
  const [completing, setCompleting] = useState<BoardTask | null>(null);
  const depts = departmentsOf(session.roles);
  const { from, to } = useMemo(() => {
    const [skip, days] = RANGES[range];
    const f = dayjs().tz(tz).startOf('day').add(skip, 'day');
    return { from: f.format(), to: f.add(days, 'day').format() };
  }, [tz, range]);
  useLive(MEETING_TOPICS, [meetingKeys.all], session.propertyId);
  const q = useQuery(taskBoardQuery(session.propertyId, from, to, depts.length === 1 ? depts[0] : undefined));
  const now = q.dataUpdatedAt || Date.now();
  const groups = useMemo(() => {
    const tasks = (q.data ?? [])
      .filter((x) => (depts.length ? depts.includes(x.department) : true))
      .filter((x) => x.meeting.status === 'active' || x.status === 'done')
      .filter((x) => !only || (x.status === 'open' && slotOf(x, now) === only));
    return groupTasks(tasks, now);
  }, [q.data, depts, now, only]);
  const open = groups.reduce((n, g) => n + g.open.length, 0);
  const overdue = groups.reduce((n, g) => n + g.open.filter((x) => isOverdue(x, now)).length, 0);
  const done = groups.reduce((n, g) => n + g.done.length, 0);

  return (
    <div className="mt-board" data-testid="my-tasks">
      <PageHeader
        title={t('board.title')}
        extra={
          <Segmented
            className="mt-day-switch"
            value={range}
            onChange={(v) => setParams({ range: String(v) }, { replace: true })}
            options={(Object.keys(RANGES) as RangeKey[]).map((k) => ({ value: k, label: t(`board.range.${k}`) }))}
            data-testid="board-range"
          />
        }
      />
      <div className="mt-board-summary" data-testid="board-summary">
        {depts.map((d) => (
          <Tag key={d} style={{ borderLeft: `3px solid ${DEPT_COLORS[d]}` }}>
            {t(`dept.${d}`)}
          </Tag>
        ))}
        {overdue > 0 && <Tag color="error">{t('board.sum.overdue', { count: overdue })}</Tag>}
        <Tag color={open ? 'orange' : 'default'}>{t('board.sum.open', { count: open })}</Tag>
        <Tag color="success">{t('board.sum.done', { count: done })}</Tag>
        {only && (
          <Tag
            color="processing"
            role="button"
            data-testid="board-only"
            data-state={only}
            data-count={open}
            style={{ cursor: 'pointer', minHeight: 40, display: 'inline-flex', alignItems: 'center', gap: 6 }}
            onClick={() => setParams({ range }, { replace: true })}
          >
            {t(`board.only.${only}`)} · {t('board.showAll')} <CloseOutlined />
          </Tag>
        )}
      </div>
      {!depts.length && <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('board.noDept')} />}
      {q.isLoading ? (
        <Card>
          <Skeleton active />
        </Card>
      ) : groups.length === 0 ? (
        <Card>
          <Empty description={t(`board.empty.${range}`)} />
        </Card>
      ) : (
        groups.map((g) => <MeetingTasksCard key={g.id} g={g} tz={tz} depts={depts} now={now} onDone={setCompleting} />)
      )}
      <CompleteTaskModal task={completing} onClose={() => setCompleting(null)} />
    </div>
  );
}
