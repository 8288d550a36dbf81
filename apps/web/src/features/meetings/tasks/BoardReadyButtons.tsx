/** A meeting's readiness on the board: report my department ready (when its tasks before the start are done), or the tag. */
import { Button, Space, Tag } from 'antd';
import { CheckCircleFilled } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { Department } from '@hy/contracts';
import { noticeQuery, useReportReady, type BoardTask } from '../api';
import { LiveTag } from '../status/LiveTag';
import '../meetings.css';

export function BoardReadyButtons({ noticeId, depts, tasks }: { noticeId: string; depts: Department[]; tasks: BoardTask[] }) {
  const { t } = useTranslation('meetings');
  const q = useQuery(noticeQuery(noticeId));
  const ready = useReportReady({ success: t('board.readyMsg') });
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
              type="primary"
              ghost
              loading={ready.isPending}
              disabled={d.openBeforeStart > 0 || openHere}
              data-testid="board-report-ready"
              data-dept={d.department}
              onClick={() => ready.mutate({ noticeId: n.id, department: d.department })}
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
