/** The engineer's phone page: my work orders — accept, arrive, complete (work done + materials), paper signature. */
import { useMemo, useState } from 'react';
import { Button, Card, Drawer, Empty, Form, Input, Modal, Segmented, Space, Spin, Tag, Typography, type ButtonProps } from 'antd';
import {
  EnvironmentOutlined,
  PhoneOutlined,
  CheckOutlined,
  CarOutlined,
  ToolOutlined,
  FormOutlined,
  ReloadOutlined,
  RollbackOutlined,
} from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import type { WorkOrderWithCase } from '@hy/contracts';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import { useLive } from '../../lib/live';
import { useSession } from '../../lib/session';
import { CASE_LIVE_TOPICS, caseKeys, handBackWorkOrder, signWorkOrder, useCaseWrite, workOrderStep, workOrdersQuery } from './api';
import { MaterialsInput } from './work-orders/MaterialsInput';
import { URGENCY_COLORS } from './labels';
import { WoStatusTag } from './status/WoStatusTag';

const ACTIVE = ['issued', 'accepted', 'on_site'];

export default function MyWorkOrdersPage() {
  const { t } = useTranslation(['cases', 'common']);
  const { propertyId, me, can } = useSession();
  const [handingBack, setHandingBack] = useState<WorkOrderWithCase | null>(null);
  const [handBackReason, setHandBackReason] = useState('');
  const [tab, setTab] = useState<'todo' | 'done'>('todo');
  const [completing, setCompleting] = useState<WorkOrderWithCase | null>(null);
  const [signing, setSigning] = useState<WorkOrderWithCase | null>(null);
  const [form] = Form.useForm();
  const [signForm] = Form.useForm();
  useLive(CASE_LIVE_TOPICS, [caseKeys.all], propertyId);

  const mine = useQuery({ ...workOrdersQuery(propertyId, 'mine'), refetchInterval: 60_000 });
  const open = useQuery({ ...workOrdersQuery(propertyId, 'unassigned'), refetchInterval: 60_000 });
  const rows = useMemo(() => {
    const list = [...(mine.data?.data ?? []), ...(open.data?.data ?? []).filter((w) => !w.assigneeId)];
    const seen = new Set<string>();
    const uniq = list.filter((w) => (seen.has(w.id) ? false : (seen.add(w.id), true)));
    const rank = (w: WorkOrderWithCase) => (w.urgency === 'urgent' ? 0 : w.urgency === 'normal' ? 1 : 2);
    return uniq
      .filter((w) => (tab === 'todo' ? ACTIVE.includes(w.status) : !ACTIVE.includes(w.status)))
      .sort((a, b) =>
        tab === 'todo' ? rank(a) - rank(b) || a.issuedAt.localeCompare(b.issuedAt) : b.updatedAt.localeCompare(a.updatedAt),
      );
  }, [mine.data, open.data, tab]);
  const todoCount = useMemo(() => {
    const ids = new Set(
      [...(mine.data?.data ?? []), ...(open.data?.data ?? []).filter((w) => !w.assigneeId)]
        .filter((w) => ACTIVE.includes(w.status))
        .map((w) => w.id),
    );
    return ids.size;
  }, [mine.data, open.data]);

  type Step = { w: WorkOrderWithCase; path: 'accept' | 'arrive' | 'complete' | 'sign'; body?: any };
  const run = (v: Step) => (v.path === 'sign' ? signWorkOrder(v.w.id, v.body) : workOrderStep(v.w.id, v.path, v.body));
  const success = (_: unknown, v: Step) => t(`my.${v.path}Done`);
  const stepWrite = useCaseWrite(run, { success });
  const completeWrite = useCaseWrite(run, { success, form });
  const step = (w: WorkOrderWithCase, path: Step['path'], body?: Step['body']) =>
    (path === 'complete' ? completeWrite : stepWrite).mutateAsync({ w, path, body }).then(
      () => true,
      () => false,
    );
  const busy = (w: WorkOrderWithCase, path: Step['path']) =>
    stepWrite.isPending && stepWrite.variables?.w.id === w.id && stepWrite.variables.path === path;
  const handBack = useCaseWrite((v: { id: string; reason: string }) => handBackWorkOrder(v.id, { reason: v.reason }), {
    success: t('my.handBackDone'),
    onSuccess: () => setHandingBack(null),
  });

  const complete = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v || !completing) return;
    const materials = (v.materials ?? [])
      .filter((m: { name: string }) => m.name?.trim())
      .map((m: { name: string; qty: number; unit?: string }) => ({ name: m.name.trim(), qty: m.qty || 1, unit: m.unit?.trim() || null }));
    if (await step(completing, 'complete', { workDone: v.workDone, materials })) {
      setCompleting(null);
      form.resetFields();
    }
  };
  const sign = async () => {
    const v = await signForm.validateFields().catch(() => null);
    if (!v || !signing) return;
    if (await step(signing, 'sign', { name: v.name, method: 'paper' })) setSigning(null);
  };

  return (
    <div className="hy-mobile" style={{ maxWidth: 560, margin: '0 auto' }}>
      <div style={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', marginBottom: 12, gap: 8 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>
          {t('my.title')}
        </Typography.Title>
        <Button
          icon={<ReloadOutlined />}
          onClick={() => {
            void mine.refetch();
            void open.refetch();
          }}
          aria-label={t('common:action.refresh')}
        />
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
      {mine.isLoading ? (
        <div style={{ textAlign: 'center', padding: 40 }}>
          <Spin />
        </div>
      ) : !rows.length ? (
        <Empty description={tab === 'todo' ? t('my.emptyTodo') : t('my.emptyDone')} />
      ) : (
        rows.map((w) => (
          <Card
            key={w.id}
            size="small"
            style={{ marginBottom: 10, borderLeft: w.urgency === 'urgent' ? '4px solid #cf1322' : undefined }}
            data-testid="my-wo"
            data-number={w.number}
          >
            <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center', gap: 6, flexWrap: 'wrap' }}>
              <Typography.Text strong>{w.number}</Typography.Text>
              <Space size={4}>
                <Tag color={URGENCY_COLORS[w.urgency]} style={{ marginInlineEnd: 0 }}>
                  {t(`urgency.${w.urgency}`)}
                </Tag>
                <WoStatusTag status={w.status} />
              </Space>
            </div>
            <Typography.Paragraph style={{ margin: '6px 0 4px', fontSize: 15 }}>{w.content}</Typography.Paragraph>
            <div style={{ fontSize: 13, color: '#555', lineHeight: 1.7 }}>
              {w.location && (
                <div>
                  <EnvironmentOutlined /> {w.location}
                </div>
              )}
              {(w.contactName || w.contactPhone) && (
                <div>
                  <PhoneOutlined /> {w.contactName ?? ''} {w.contactPhone && <a href={`tel:${w.contactPhone}`}>{w.contactPhone}</a>}
                </div>
              )}
              <div>
                {t('my.issuedAt', { at: dayjs(w.issuedAt).format('MM-DD HH:mm') })}
                {w.paid && (
                  <Tag color="gold" style={{ marginLeft: 6 }}>
                    {t('wo.paid')}
                  </Tag>
                )}
                {!w.assigneeId && <Tag style={{ marginLeft: 6 }}>{t('my.unassigned')}</Tag>}
              </div>
              {w.workDone && (
                <div>
                  {t('wo.workDone')}：{w.workDone}
                </div>
              )}
              {w.signedByName && (
                <div style={{ color: '#389e0d' }}>
                  {t('wo.signedBy', { name: w.signedByName, method: t(`signMethod.${w.signatureMethod ?? 'paper'}`) })}
                </div>
              )}
            </div>
            <div style={{ display: 'flex', gap: 8, marginTop: 10 }}>
              {w.status === 'issued' && (
                <Button
                  type="primary"
                  block
                  size="large"
                  icon={<CheckOutlined />}
                  loading={busy(w, 'accept')}
                  onClick={() => step(w, 'accept')}
                  data-testid="my-accept"
                >
                  {t('my.accept')}
                </Button>
              )}
              {w.status === 'accepted' && (
                <Button
                  block
                  size="large"
                  icon={<CarOutlined />}
                  loading={busy(w, 'arrive')}
                  onClick={() => step(w, 'arrive')}
                  data-testid="my-arrive"
                >
                  {t('my.arrive')}
                </Button>
              )}
              {(w.status === 'accepted' || w.status === 'on_site') && (
                <Button
                  type="primary"
                  block
                  size="large"
                  icon={<ToolOutlined />}
                  onClick={() => {
                    form.resetFields();
                    setCompleting(w);
                  }}
                  data-testid="my-complete"
                >
                  {t('my.complete')}
                </Button>
              )}
              {['issued', 'accepted', 'on_site'].includes(w.status) && w.assigneeId === me?.id && (
                <Button
                  size="large"
                  icon={<RollbackOutlined />}
                  onClick={() => {
                    setHandBackReason('');
                    setHandingBack(w);
                  }}
                  data-testid="my-hand-back"
                  aria-label={t('my.handBack')}
                />
              )}
              {w.status === 'completed' && (can('cases.handle') || w.assigneeId === me?.id) && (
                <Button
                  block
                  size="large"
                  icon={<FormOutlined />}
                  onClick={() => {
                    signForm.setFieldsValue({ name: w.contactName ?? '' });
                    setSigning(w);
                  }}
                >
                  {t('my.paperSign')}
                </Button>
              )}
            </div>
            {w.status === 'completed' && !can('cases.handle') && w.assigneeId !== me?.id && (
              <Typography.Paragraph type="secondary" style={{ fontSize: 12, margin: '8px 0 0' }}>
                {t('my.signHint')}
              </Typography.Paragraph>
            )}
          </Card>
        ))
      )}
      <Modal
        open={!!handingBack}
        title={handingBack ? `${t('my.handBack')} · ${handingBack.number}` : ''}
        onCancel={() => setHandingBack(null)}
        okButtonProps={{ disabled: !handBackReason.trim(), 'data-testid': 'my-hand-back-ok' } as ButtonProps}
        destroyOnHidden
        confirmLoading={handBack.isPending}
        onOk={() => handBack.mutate({ id: handingBack!.id, reason: handBackReason.trim() })}
      >
        <Input.TextArea
          rows={3}
          maxLength={500}
          value={handBackReason}
          onChange={(e) => setHandBackReason(e.target.value)}
          placeholder={t('my.handBackReason')}
        />
      </Modal>
      <Drawer
        open={!!completing}
        onClose={() => setCompleting(null)}
        placement="bottom"
        height="auto"
        title={completing ? `${t('my.complete')} · ${completing.number}` : ''}
        destroyOnHidden
        styles={{ body: { paddingBottom: 16 } }}
      >
        <Form form={form} layout="vertical" initialValues={{ materials: [] }}>
          <Form.Item
            name="workDone"
            label={t('wo.workDone')}
            rules={[{ required: true, whitespace: true, message: t('required', { field: t('wo.workDone') }) }]}
          >
            <Input.TextArea rows={3} maxLength={2000} placeholder={t('my.workDonePlaceholder')} data-testid="my-workdone" />
          </Form.Item>
          <Form.Item name="materials" label={t('wo.materials')}>
            <MaterialsInput />
          </Form.Item>
          <Button type="primary" block size="large" loading={completeWrite.isPending} onClick={complete} data-testid="my-complete-ok">
            {t('my.completeOk')}
          </Button>
        </Form>
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginTop: 8 }}>
          {t('my.completeHint', { name: me?.displayName ?? '' })}
        </Typography.Paragraph>
      </Drawer>
      <Drawer open={!!signing} onClose={() => setSigning(null)} placement="bottom" height="auto" title={t('my.paperSign')} destroyOnHidden>
        <Form form={signForm} layout="vertical">
          <Form.Item
            name="name"
            label={t('field.signerName')}
            rules={[{ required: true, whitespace: true, message: t('required', { field: t('field.signerName') }) }]}
          >
            <Input maxLength={64} />
          </Form.Item>
          <Button type="primary" block size="large" onClick={sign}>
            {t('common:action.confirm')}
          </Button>
        </Form>
      </Drawer>
    </div>
  );
}
