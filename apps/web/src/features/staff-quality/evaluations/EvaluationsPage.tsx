/**
 * 考评: evaluations of staff per criterion by their supervisor, spot checks of the front desk (appearance,
 * answering within three rings, standard phrases, complaints followed up) pass/fail, and the criteria.
 */
import { useState } from 'react';
import { Button, Card, DatePicker, Empty, Form, Input, InputNumber, Modal, Segmented, Select, Space, Switch, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { SPOT_CHECK_POINTS, type SpotCheckPoint } from '@hy/contracts';
import { PageHeader } from '../../../components/PageHeader';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { staffQuery } from '../training/api';
import {
  addCriterion,
  createEvaluation,
  createSpotCheck,
  criteriaQuery,
  evaluationKeys,
  evaluationsQuery,
  setCriterionActive,
} from './api';
import '../quality.css';

export default function EvaluationsPage() {
  const { t, i18n } = useTranslation('evaluations');
  const { propertyId, can } = useSession();
  const phone = useIsPhone();
  const [kind, setKind] = useState<'' | 'evaluation' | 'spot_check'>('');
  const [open, setOpen] = useState<'evaluation' | 'spot_check' | null>(null);
  const list = useQuery(evaluationsQuery(propertyId, kind)).data?.data ?? [];
  const criteria = useQuery(criteriaQuery(propertyId)).data;
  const manage = can('quality.manage');
  const pointLabel = (code: string | null, label: string) => {
    const p = SPOT_CHECK_POINTS.find((x) => x.code === code);
    return p ? (i18n.language === 'en-US' ? p.en : p.zh) : label;
  };
  return (
    <>
      <PageHeader
        title={t('nav.title')}
        extra={
          manage && (
            <Space wrap>
              <Button icon={<PlusOutlined />} onClick={() => setOpen('spot_check')} style={{ minHeight: 40 }} data-testid="spot-open">
                {t('spot')}
              </Button>
              <Button
                type="primary"
                icon={<PlusOutlined />}
                onClick={() => setOpen('evaluation')}
                style={{ minHeight: 40 }}
                data-testid="evaluation-open"
              >
                {t('evaluate')}
              </Button>
            </Space>
          )
        }
      />
      {!phone && <Typography.Paragraph type="secondary">{t('subtitle')}</Typography.Paragraph>}
      <div style={{ display: 'grid', gridTemplateColumns: phone ? '1fr' : 'minmax(0, 8fr) minmax(0, 4fr)', gap: 16, alignItems: 'start' }}>
        <Card
          size="small"
          title={phone ? undefined : t('list')}
          extra={
            <Segmented
              size={phone ? 'small' : undefined}
              value={kind}
              onChange={(v) => setKind(v as typeof kind)}
              options={[
                { value: '', label: t('all') },
                { value: 'evaluation', label: t('kind.evaluation') },
                { value: 'spot_check', label: t('kind.spot_check') },
              ]}
            />
          }
        >
          {list.length === 0 && <Empty description={t('empty')} />}
          {list.map((e) => (
            <div key={e.id} className="sq-row" data-testid="evaluation-row">
              <span className="sq-score" style={{ color: e.passed ? undefined : '#cf1322' }}>
                {e.total}/{e.maxTotal}
              </span>
              <div className="sq-row-main">
                <div>
                  <Tag>{t(`kind.${e.kind}`)}</Tag>
                  <b>{e.staffName}</b> {e.kind === 'evaluation' && <span className="sq-sub">{e.month}</span>}
                  {!e.passed && <Tag color="red">{t('failed')}</Tag>}
                </div>
                <div className="sq-sub">
                  {e.points
                    .map((p) =>
                      e.kind === 'spot_check'
                        ? `${pointLabel(p.code, p.label)} ${p.passed ? '✓' : '✗'}`
                        : `${p.label} ${p.score}/${p.maxScore}`,
                    )
                    .join(' · ')}
                </div>
                <div className="sq-sub">
                  {dayjs(e.evaluatedAt).format('YYYY-MM-DD HH:mm')} · {t('by', { name: e.evaluatorName })}
                  {e.remarks && ` · ${e.remarks}`}
                </div>
              </div>
            </div>
          ))}
        </Card>
        <Card size="small" title={t('criteria')}>
          {criteria?.data.map((c) => (
            <div key={c.id} className="sq-row">
              <div className="sq-row-main" style={{ opacity: c.active ? 1 : 0.5 }}>
                {c.name} <span className="sq-sub">{t('max', { n: c.maxScore })}</span>
              </div>
              {criteria.canManage && <CriterionSwitch id={c.id} active={c.active} />}
            </div>
          ))}
          {criteria?.data.length === 0 && <Empty description={t('noCriteria')} />}
          {criteria?.canManage && <AddCriterion />}
        </Card>
      </div>
      {open === 'evaluation' && <EvaluateModal onClose={() => setOpen(null)} />}
      {open === 'spot_check' && <SpotModal onClose={() => setOpen(null)} />}
    </>
  );
}

function CriterionSwitch({ id, active }: { id: string; active: boolean }) {
  const m = useApiMutation({ mutationFn: setCriterionActive, invalidate: [evaluationKeys.all] });
  return <Switch size="small" checked={active} loading={m.isPending} onChange={(v) => m.mutate({ id, active: v })} />;
}

function AddCriterion() {
  const { t } = useTranslation('evaluations');
  const { propertyId } = useSession();
  const [form] = Form.useForm<{ name: string; maxScore: number }>();
  const m = useApiMutation({ mutationFn: addCriterion, form, invalidate: [evaluationKeys.all], onSuccess: () => form.resetFields() });
  return (
    <Form form={form} layout="inline" style={{ marginTop: 8, rowGap: 8 }} onFinish={(v) => m.mutate({ ...v, propertyId })}>
      <Form.Item name="name" rules={[{ required: true }]}>
        <Input placeholder={t('criterionName')} maxLength={60} />
      </Form.Item>
      <Form.Item name="maxScore" rules={[{ required: true }]}>
        <InputNumber min={1} max={100} placeholder={t('maxScore')} />
      </Form.Item>
      <Button htmlType="submit" loading={m.isPending}>
        {t('add')}
      </Button>
    </Form>
  );
}

function StaffSelect(props: { value?: string; onChange?: (v: string) => void }) {
  const { propertyId } = useSession();
  const staff = useQuery(staffQuery(propertyId)).data?.data ?? [];
  return (
    <Select
      {...props}
      showSearch
      optionFilterProp="label"
      options={staff.map((s) => ({ value: s.id, label: s.displayName }))}
      data-testid="staff-select"
    />
  );
}

function EvaluateModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('evaluations');
  const { propertyId } = useSession();
  const criteria = (useQuery(criteriaQuery(propertyId)).data?.data ?? []).filter((c) => c.active);
  const [form] = Form.useForm<{ staffId: string; month: Dayjs; scores: Record<string, number>; remarks?: string }>();
  const m = useApiMutation({
    mutationFn: createEvaluation,
    form,
    invalidate: [evaluationKeys.all],
    success: t('saved'),
    onSuccess: onClose,
  });
  return (
    <Modal open onCancel={onClose} title={t('evaluate')} onOk={() => form.submit()} confirmLoading={m.isPending} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ month: dayjs().subtract(1, 'month') }}
        onFinish={(v) =>
          m.mutate({
            propertyId,
            staffId: v.staffId,
            month: v.month.format('YYYY-MM'),
            scores: criteria.map((c) => ({ criterionId: c.id, score: v.scores?.[c.id] ?? 0 })),
            remarks: v.remarks || null,
          })
        }
      >
        <Form.Item name="staffId" label={t('staff')} rules={[{ required: true }]}>
          <StaffSelect />
        </Form.Item>
        <Form.Item name="month" label={t('month')} rules={[{ required: true }]}>
          <DatePicker picker="month" allowClear={false} inputReadOnly />
        </Form.Item>
        {criteria.map((c) => (
          <Form.Item key={c.id} name={['scores', c.id]} label={`${c.name}（${t('max', { n: c.maxScore })}）`} rules={[{ required: true }]}>
            <InputNumber min={0} max={c.maxScore} style={{ width: '100%' }} />
          </Form.Item>
        ))}
        <Form.Item name="remarks" label={t('remarks')}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function SpotModal({ onClose }: { onClose: () => void }) {
  const { t, i18n } = useTranslation('evaluations');
  const en = i18n.language === 'en-US';
  const { propertyId } = useSession();
  const [form] = Form.useForm<{ staffId: string; points: Record<SpotCheckPoint, { passed: boolean; note?: string }>; remarks?: string }>();
  const m = useApiMutation({
    mutationFn: createSpotCheck,
    form,
    invalidate: [evaluationKeys.all],
    success: t('saved'),
    onSuccess: onClose,
  });
  return (
    <Modal open onCancel={onClose} title={t('spot')} onOk={() => form.submit()} confirmLoading={m.isPending} destroyOnHidden>
      <Form
        form={form}
        layout="vertical"
        initialValues={{ points: Object.fromEntries(SPOT_CHECK_POINTS.map((p) => [p.code, { passed: true }])) }}
        onFinish={(v) =>
          m.mutate({
            propertyId,
            staffId: v.staffId,
            points: SPOT_CHECK_POINTS.map((p) => ({ code: p.code, passed: v.points[p.code].passed, note: v.points[p.code].note || null })),
            remarks: v.remarks || null,
          })
        }
      >
        <Form.Item name="staffId" label={t('staff')} rules={[{ required: true }]}>
          <StaffSelect />
        </Form.Item>
        {SPOT_CHECK_POINTS.map((p) => (
          <div key={p.code} className="sq-row">
            <span className="sq-row-main">{en ? p.en : p.zh}</span>
            <Form.Item name={['points', p.code, 'passed']} valuePropName="checked" noStyle>
              <Switch checkedChildren={t('pass')} unCheckedChildren={t('fail')} />
            </Form.Item>
            <Form.Item name={['points', p.code, 'note']} noStyle>
              <Input placeholder={t('note')} style={{ width: 140 }} maxLength={200} />
            </Form.Item>
          </div>
        ))}
        <Form.Item name="remarks" label={t('remarks')} style={{ marginTop: 8 }}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
