/** A notice row's departments' readiness tags (from the notice itself). */
import { Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { noticeQuery } from '../api';
import { DeptReadyTags } from '../status/DeptReadyTags';
import '../meetings.css';

export function NoticeRowReadiness({ id }: { id: string }) {
  const q = useQuery(noticeQuery(id));
  if (!q.data) return <Typography.Text type="secondary">…</Typography.Text>;
  return <DeptReadyTags departments={q.data.departments} />;
}
