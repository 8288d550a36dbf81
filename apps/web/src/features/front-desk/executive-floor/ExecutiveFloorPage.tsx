/**
 * 领导层服务 (F6): the day's requests from the executives' offices. The desk records them and sees all; a
 * department sees and works its own (accept, complete). Open ones first, late ones on top; live.
 */
import { useState } from 'react';
import { Button, Card, DatePicker, Empty, Space, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { PageHeader } from '../../../components/PageHeader';
import { useSession } from '../../../lib/session';
import { useLive } from '../../../lib/live';
import { useApiMutation } from '../../../lib/mutation';
import { EXECUTIVE_LIVE_TOPICS, executiveKeys, executiveRequestsQuery, stepExecutiveRequest } from './api';
import { ExecutiveRequestCard } from './ExecutiveRequestCard';
import { ExecutiveRequestModal } from './ExecutiveRequestModal';

export default function ExecutiveFloorPage() {
  const { t } = useTranslation(['executive', 'common']);
  const session = useSession();
  const [date, setDate] = useState(dayjs().format('YYYY-MM-DD'));
  const [creating, setCreating] = useState(false);
  const list = useQuery(executiveRequestsQuery(session.propertyId, date));
  useLive(EXECUTIVE_LIVE_TOPICS, [executiveKeys.all], session.propertyId);
  const step = useApiMutation({ mutationFn: stepExecutiveRequest, invalidate: [executiveKeys.all], success: t('common:msg.saved') });
  const rows = list.data ?? [];
  const open = rows.filter((r) => r.status === 'open' || r.status === 'accepted').sort((a, b) => Number(b.overdue) - Number(a.overdue));
  const closed = rows.filter((r) => r.status === 'done' || r.status === 'cancelled');
  const section = (title: string, items: typeof rows, testId: string) => (
    <Card size="small" title={`${title}（${items.length}）`} style={{ marginBottom: 12 }} data-testid={testId}>
      {items.length ? (
        items.map((r) => <ExecutiveRequestCard key={r.id} r={r} onStep={(action) => step.mutate({ id: r.id, action })} />)
      ) : (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('page.none')} />
      )}
    </Card>
  );
  return (
    <>
      <PageHeader
        title={t('page.title')}
        extra={
          <Space wrap>
            <DatePicker value={dayjs(date)} allowClear={false} onChange={(d) => d && setDate(d.format('YYYY-MM-DD'))} />
            {session.can('frontdesk.executive') && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="exec-new">
                {t('page.new')}
              </Button>
            )}
          </Space>
        }
      />
      <Typography.Paragraph type="secondary">{t('page.hint')}</Typography.Paragraph>
      {section(t('page.open'), open, 'exec-open')}
      {section(t('page.closed'), closed, 'exec-closed')}
      <ExecutiveRequestModal open={creating} onClose={() => setCreating(false)} />
    </>
  );
}
