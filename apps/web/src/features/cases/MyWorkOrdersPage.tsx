/** The engineer's phone page: my work orders — accept, arrive, complete (work done + materials), paper signature. */
import { useState } from 'react';
import { Button, Empty, Segmented, Spin, Typography } from 'antd';
import { ReloadOutlined } from '@ant-design/icons';
import type { WorkOrderWithCase } from '@hy/contracts';
import { useTranslation } from 'react-i18next';
import { useLive } from '../../lib/live';
import { useSession } from '../../lib/session';
import { CASE_LIVE_TOPICS, caseKeys } from './api';
import { WorkOrderCard } from './work-orders/WorkOrderCard';
import { HandBackModal } from './work-orders/HandBackModal';
import { CompleteDrawer } from './work-orders/CompleteDrawer';
import { PaperSignDrawer } from './work-orders/PaperSignDrawer';
import { useMyWorkOrders } from './work-orders/useMyWorkOrders';
import { useWorkOrderStep } from './work-orders/useWorkOrderStep';

export default function MyWorkOrdersPage() {
  const { t } = useTranslation(['cases', 'common']);
  const { propertyId } = useSession();
  const [tab, setTab] = useState<'todo' | 'done'>('todo');
  const [handingBack, setHandingBack] = useState<WorkOrderWithCase | null>(null);
  const [completing, setCompleting] = useState<WorkOrderWithCase | null>(null);
  const [signing, setSigning] = useState<WorkOrderWithCase | null>(null);
  useLive(CASE_LIVE_TOPICS, [caseKeys.all], propertyId);
  const { rows, todoCount, loading, refetch } = useMyWorkOrders(tab);
  const step = useWorkOrderStep();

  return (
    <div className="hy-mobile" style={{ maxWidth: 560, margin: '0 auto' }}>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', marginBottom: 12, gap: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('my.title')}
        </Typography.Title>
        <Button icon={<ReloadOutlined />} onClick={refetch} aria-label={t('common:action.refresh')} />
      </div>
      <Segmented
        block
        style={{ marginBottom: 12 }}
        value={tab}
        onChange={(v) => setTab(v as 'todo' | 'done')}
        options={[
          { value: 'todo', label: `${t('my.todo')} (${todoCount})` },
          { value: 'done', label: t('my.done') },
        ]}
      />
      {loading ? (
        <div style={{ textAlign: 'center', padding: 40 }}>
          <Spin />
        </div>
      ) : !rows.length ? (
        <Empty description={tab === 'todo' ? t('my.emptyTodo') : t('my.emptyDone')} />
      ) : (
        rows.map((w) => (
          <WorkOrderCard
            key={w.id}
            w={w}
            busy={(path) => step.isPending && step.variables?.w.id === w.id && step.variables.path === path}
            onStep={(path) => step.mutate({ w, path })}
            onComplete={() => setCompleting(w)}
            onHandBack={() => setHandingBack(w)}
            onSign={() => setSigning(w)}
          />
        ))
      )}
      <HandBackModal wo={handingBack} onClose={() => setHandingBack(null)} />
      <CompleteDrawer wo={completing} onClose={() => setCompleting(null)} />
      <PaperSignDrawer wo={signing} onClose={() => setSigning(null)} />
    </div>
  );
}
