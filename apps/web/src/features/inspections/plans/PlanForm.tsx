/** Creating or editing a plan (the header fields; checkpoints are edited on the plan's page). */
import { useEffect } from 'react';
import { AutoComplete, Button, Drawer, Form, Input, InputNumber, Select, Space, Switch, TimePicker } from 'antd';
import dayjs from 'dayjs';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PERMISSIONS, PLAN_AREAS, PLAN_KINDS, ROLE_LABELS, type Plan, type PlanSummary, type Role } from '@hy/contracts';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { useIsPhone } from '../../../lib/useIsPhone';
import { createPlan, inspectorsQuery, plansKeys, updatePlan } from './api';
import { SchedulePicker } from './SchedulePicker';

const hm = (v: string) => dayjs(`2000-01-01 ${v}`);

export function PlanForm(props: { open: boolean; plan: PlanSummary | null; onClose: () => void; onSaved: (p: Plan) => void }) {
  const { t, i18n } = useTranslation('patrolPlans');
  const { propertyId } = useSession();
  const phone = useIsPhone();
  const [form] = Form.useForm();
  const people = useQuery(inspectorsQuery(propertyId, props.open)).data?.data ?? [];
  const en = i18n.language === 'en-US';
  useEffect(() => {
    if (!props.open) return;
    const p = props.plan;
    form.resetFields();
    form.setFieldsValue(
      p
        ? { ...p, window: [hm(p.windowStart), hm(p.windowEnd)] }
        : {
            kind: 'patrol',
            rrule: 'FREQ=WEEKLY;BYDAY=FR',
            leadMinutes: 60,
            workdaysOnly: false,
            assigneeRole: 'tenant_rep',
            window: [hm('09:00'), hm('11:00')],
          },
    );
  }, [props.open, props.plan, form]);
  const save = useApiMutation({
    mutationFn: async (v: Record<string, any>) => {
      const body = {
        name: v.name,
        area: v.area,
        kind: v.kind,
        rrule: v.rrule,
        windowStart: v.window[0].format('HH:mm'),
        windowEnd: v.window[1].format('HH:mm'),
        leadMinutes: v.leadMinutes,
        workdaysOnly: v.workdaysOnly,
        assigneeId: v.assigneeId ?? null,
        assigneeRole: v.assigneeRole ?? null,
        notes: v.notes ?? null,
      };
      return props.plan
        ? updatePlan({ id: props.plan.id, patch: { ...body, active: v.active } })
        : createPlan({ ...body, propertyId: propertyId!, checkpoints: [] });
    },
    invalidate: [plansKeys.all],
    form,
    success: props.plan ? t('saved') : t('created'),
    onSuccess: (p) => props.onSaved(p),
  });
  return (
    <Drawer
      open={props.open}
      onClose={props.onClose}
      width={phone ? '100%' : 520}
      title={props.plan ? t('edit') : t('new')}
      destroyOnClose
      extra={
        <Space>
          <Button onClick={props.onClose}>{t('cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="plan-save">
            {t('save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)} data-testid="plan-form">
        <Form.Item name="name" label={t('field.name')} rules={[{ required: true, max: 80 }]}>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="area" label={t('field.area')} rules={[{ required: true, max: 40 }]}>
          <AutoComplete options={PLAN_AREAS.map((a) => ({ value: a }))} maxLength={40} />
        </Form.Item>
        <Form.Item name="kind" label={t('field.kind')}>
          <Select options={PLAN_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))} />
        </Form.Item>
        <Form.Item name="rrule" label={t('schedule.label')} rules={[{ required: true }]}>
          <SchedulePicker />
        </Form.Item>
        <Form.Item name="workdaysOnly" valuePropName="checked" label={t('workdaysOnly')}>
          <Switch />
        </Form.Item>
        <Space wrap>
          <Form.Item name="window" label={`${t('field.windowStart')} – ${t('field.windowEnd')}`} rules={[{ required: true }]}>
            <TimePicker.RangePicker format="HH:mm" minuteStep={5} order />
          </Form.Item>
          <Form.Item name="leadMinutes" label={t('field.leadMinutes')}>
            <InputNumber min={0} max={10080} step={15} />
          </Form.Item>
        </Space>
        <Form.Item name="assigneeId" label={t('field.assignee')}>
          <Select allowClear showSearch optionFilterProp="label" options={people.map((p) => ({ value: p.id, label: p.name }))} />
        </Form.Item>
        <Form.Item name="assigneeRole" label={t('field.assigneeRole')}>
          <Select
            allowClear
            options={(PERMISSIONS['inspections.walk'] as readonly Role[]).map((r) => ({
              value: r,
              label: ROLE_LABELS[r][en ? 'en' : 'zh'],
            }))}
          />
        </Form.Item>
        <Form.Item name="notes" label={t('field.notes')}>
          <Input.TextArea maxLength={500} autoSize={{ minRows: 2 }} />
        </Form.Item>
        {props.plan && (
          <Form.Item name="active" valuePropName="checked" label={t('field.active')}>
            <Switch />
          </Form.Item>
        )}
      </Form>
    </Drawer>
  );
}
