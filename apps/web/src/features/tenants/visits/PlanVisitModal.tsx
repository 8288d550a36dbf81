/** Plan a visit: the company, the time agreed (1–2 days ahead), its responsible person, the topics, colleagues going along. */
import { Button, DatePicker, Form, Input, Modal, Select, Space } from 'antd';
import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { planVisit, visitKeys, visitStaffQuery, visitsByTenantQuery } from './api';

interface Values {
  organizationId: string;
  plannedAt: Dayjs;
  place?: string;
  contactName: string;
  contactPhone?: string;
  topics: string[];
  visitorIds?: string[];
}

export function PlanVisitModal({ open, onClose, organizationId }: { open: boolean; onClose: () => void; organizationId?: string }) {
  const { t } = useTranslation('tenantVisits');
  const { propertyId, me } = useSession();
  const [form] = Form.useForm<Values>();
  const orgs = useQuery({ ...visitsByTenantQuery(propertyId, dayjs().year()), enabled: open && !!propertyId }).data?.data ?? [];
  const staff = useQuery({ ...visitStaffQuery(propertyId), enabled: open && !!propertyId }).data?.data ?? [];
  const save = useApiMutation({
    mutationFn: (v: Values) =>
      planVisit({
        propertyId,
        input: {
          organizationId: v.organizationId,
          plannedAt: v.plannedAt.format(),
          place: v.place || null,
          contactName: v.contactName,
          contactPhone: v.contactPhone || null,
          topics: v.topics.filter(Boolean),
          visitorIds: v.visitorIds ?? [],
        },
      }),
    form,
    invalidate: [visitKeys.all],
    success: t('plan.done'),
    onSuccess: () => {
      form.resetFields();
      onClose();
    },
  });
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={t('plan.title')}
      destroyOnHidden
      footer={
        <Space>
          <Button onClick={onClose}>{t('plan.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="plan-submit">
            {t('plan.submit')}
          </Button>
        </Space>
      }
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={{ organizationId, topics: [''], plannedAt: dayjs().add(1, 'day').hour(10).minute(0).second(0) }}
      >
        <Form.Item name="organizationId" label={t('field.organization')} rules={[{ required: true }]}>
          <Select
            showSearch
            optionFilterProp="label"
            data-testid="plan-org"
            options={orgs.map((o) => ({ value: o.organizationId, label: `${o.name}${o.units.length ? `（${o.units.join('、')}）` : ''}` }))}
          />
        </Form.Item>
        <Form.Item name="plannedAt" label={t('field.plannedAt')} rules={[{ required: true }]}>
          <DatePicker
            showTime={{ format: 'HH:mm', minuteStep: 5 }}
            format="YYYY-MM-DD HH:mm"
            style={{ width: '100%' }}
            data-testid="plan-at"
          />
        </Form.Item>
        <Space.Compact block style={{ display: 'flex', gap: 8 }}>
          <Form.Item name="contactName" label={t('field.contactName')} rules={[{ required: true, max: 64 }]} style={{ flex: 1 }}>
            <Input data-testid="plan-contact" />
          </Form.Item>
          <Form.Item name="contactPhone" label={t('field.contactPhone')} style={{ flex: 1 }}>
            <Input inputMode="tel" />
          </Form.Item>
        </Space.Compact>
        <Form.Item name="place" label={t('field.place')}>
          <Input maxLength={100} />
        </Form.Item>
        <Form.Item label={t('field.topics')} required>
          <Form.List name="topics">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <Space key={f.key} style={{ display: 'flex', marginBottom: 4 }} align="baseline">
                    <Form.Item
                      name={f.name}
                      rules={[{ required: true, whitespace: true, max: 200 }]}
                      style={{ marginBottom: 0, flex: 1, minWidth: 240 }}
                    >
                      <Input placeholder={t('plan.topicPlaceholder')} data-testid={`plan-topic-${i}`} />
                    </Form.Item>
                    {fields.length > 1 && <MinusCircleOutlined onClick={() => remove(f.name)} />}
                  </Space>
                ))}
                <Button type="dashed" icon={<PlusOutlined />} onClick={() => add('')} size="small">
                  {t('plan.topicAdd')}
                </Button>
              </>
            )}
          </Form.List>
        </Form.Item>
        <Form.Item name="visitorIds" label={t('field.visitors')} extra={t('plan.visitorsHint')}>
          <Select mode="multiple" options={staff.filter((s) => s.id !== me?.id).map((s) => ({ value: s.id, label: s.name }))} />
        </Form.Item>
      </Form>
    </Modal>
  );
}
