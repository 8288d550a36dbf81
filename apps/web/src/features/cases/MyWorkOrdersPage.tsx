/**
 * The engineer's phone page: my work orders as cards — accept, arrive, complete (work done, materials, photos,
 * the customer's signature drawn on the screen), or the paper signature recorded. `?status=unassigned|<status>`
 * (the cockpit's tiles) shows only those, as many as the tile counts.
 */
import { useState } from 'react';
import { Button, Empty, Segmented, Spin, Tag, Typography } from 'antd';
import { CloseOutlined, ReloadOutlined } from '@ant-design/icons';
import { useSearchParams } from 'react-router-dom';
import { WORK_ORDER_STATUSES, type WorkOrderWithCase } from '@hy/contracts';
import { SignatureModal } from '../../components/files/SignatureModal';
import { useTranslation } from 'react-i18next';
import { useLive } from '../../lib/live';
import { useSession } from '../../lib/session';
import { CASE_LIVE_TOPICS, caseKeys } from './api';
import { WorkOrderCard } from './work-orders/WorkOrderCard';
import { HandBackModal } from './work-orders/HandBackModal';
import { CompleteDrawer } from './work-orders/CompleteDrawer';
import { PaperSignDrawer } from './work-orders/PaperSignDrawer';
import { isActiveStatus, useMyWorkOrders, type WorkOrderOnly } from './work-orders/useMyWorkOrders';
import { useWorkOrderStep } from './work-orders/useWorkOrderStep';

export default function MyWorkOrdersPage() {
  const { t } = useTranslation(['cases', 'common']);
  const { propertyId } = useSession();
  const [params, setParams] = useSearchParams();
  const asked = params.get('status');
  const only = asked === 'unassigned' || (WORK_ORDER_STATUSES as readonly string[]).includes(asked ?? '') ? (asked as WorkOrderOnly) : null;
  const [chosenTab, setTab] = useState<'todo' | 'done'>('todo');
  const tab = only ? (only === 'unassigned' || isActiveStatus(only) ? 'todo' : 'done') : chosenTab;
  const [handingBack, setHandingBack] = useState<WorkOrderWithCase | null>(null);
  const [completing, setCompleting] = useState<WorkOrderWithCase | null>(null);
  const [signing, setSigning] = useState<WorkOrderWithCase | null>(null);
  const [drawing, setDrawing] = useState<WorkOrderWithCase | null>(null);
  useLive(CASE_LIVE_TOPICS, [caseKeys.all], propertyId);
  const { rows, todoCount, loading, refetch } = useMyWorkOrders(tab, only);
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
        onChange={(v) => {
          setTab(v as 'todo' | 'done');
          if (only) setParams({}, { replace: true });
        }}
        options={[
          { value: 'todo', label: `${t('my.todo')} (${todoCount})` },
          { value: 'done', label: t('my.done') },
        ]}
      />
      {only && (
        <Tag
          role="button"
          color="processing"
          data-testid="my-wo-only"
          data-status={only}
          data-count={rows.length}
          style={{ cursor: 'pointer', minHeight: 40, display: 'inline-flex', alignItems: 'center', gap: 6, marginBottom: 12 }}
          onClick={() => setParams({}, { replace: true })}
        >
          {only === 'unassigned' ? t('my.unassigned') : t(`woStatus.${only}`)} ({rows.length}) · {t('my.showAll')} <CloseOutlined />
        </Tag>
      )}
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
            onScreenSign={() => setDrawing(w)}
          />
        ))
      )}
      <HandBackModal wo={handingBack} onClose={() => setHandingBack(null)} />
      <CompleteDrawer wo={completing} onClose={() => setCompleting(null)} />
      <PaperSignDrawer wo={signing} onClose={() => setSigning(null)} />
      {drawing && (
        <SignatureModal
          open
          propertyId={drawing.propertyId}
          title={t('my.signTitle', { number: drawing.number })}
          signerName={drawing.customerName ?? drawing.contactName ?? ''}
          onClose={() => setDrawing(null)}
          onSigned={(ref) =>
            step.mutate(
              { w: drawing, path: 'sign', body: { name: ref.signerName ?? '', method: 'screen', signatureId: ref.id } },
              { onSuccess: () => setDrawing(null) },
            )
          }
        />
      )}
    </div>
  );
}
