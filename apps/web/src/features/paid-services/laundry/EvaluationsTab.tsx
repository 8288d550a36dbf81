import { useState } from 'react';
import { Button, Card, Empty, Form, Input, Modal, Radio, Select, Space, Tag, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import dayjs from 'dayjs';
import type { SupplierEvaluation } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { decideEvaluation, evaluationsQuery, laundryKeys, suppliersQuery, writeEvaluation } from './api';

type Draft = {
  supplierId: string;
  kind: 'monthly' | 'weekly' | 'yearly';
  period: string;
  opinions: string;
  improvements?: string;
  renew?: boolean;
};

/** The supplier evaluations: monthly (due before the pay day), weekly meal opinions, the year-end review and its decision. */
export function EvaluationsTab({ propertyId, kind }: { propertyId: string | null; kind: 'laundry' | 'meals' }) {
  const { t } = useTranslation('laundry');
  const { can } = useSession();
  const manage = can('paidservices.manage');
  const q = useQuery(evaluationsQuery(propertyId, kind));
  const suppliers = (useQuery(suppliersQuery(propertyId)).data?.data ?? []).filter((s) => s.kind === kind);
  const [open, setOpen] = useState(false);
  const [deciding, setDeciding] = useState<SupplierEvaluation | null>(null);
  const [form] = Form.useForm<Draft>();
  const [dform] = Form.useForm<{ renew: boolean; decision: string }>();
  const write = useApiMutation<Draft>({
    mutationFn: (d) => writeEvaluation({ ...d, propertyId: propertyId! }),
    invalidate: [laundryKeys.all],
    success: t('evaluation.saved'),
    onSuccess: () => setOpen(false),
    form,
  });
  const decide = useApiMutation<{ renew: boolean; decision: string }>({
    mutationFn: (d) => decideEvaluation(deciding!.id, d.renew, d.decision),
    invalidate: [laundryKeys.all],
    success: t('evaluation.decidedOk'),
    onSuccess: () => setDeciding(null),
    form: dform,
  });
  const evKind = Form.useWatch('kind', form);
  return (
    <div data-testid={`${kind}-evaluations`}>
      <Space wrap style={{ marginBottom: 12 }}>
        {q.data && <Tag color="blue">{t('evaluation.dueOn', { day: q.data.dueOn })}</Tag>}
        {manage && (
          <Button
            type="primary"
            style={{ minHeight: 40 }}
            onClick={() => {
              form.setFieldsValue({ supplierId: suppliers[0]?.id, kind: 'monthly', period: dayjs().format('YYYY-MM') });
              setOpen(true);
            }}
          >
            {t('evaluation.write')}
          </Button>
        )}
      </Space>
      {!q.isLoading && !q.data?.data.length && <Empty description={t('evaluation.empty')} />}
      {q.data?.data.map((e) => (
        <Card key={e.id} size="small" style={{ marginBottom: 12 }} data-testid="evaluation-card">
          <Space wrap>
            <Tag color={e.kind === 'yearly' ? 'purple' : e.kind === 'weekly' ? 'cyan' : 'blue'}>{t(`evaluation.kind.${e.kind}`)}</Tag>
            <Typography.Text strong>{e.period}</Typography.Text>
            <Typography.Text type="secondary">{e.supplierName}</Typography.Text>
            {e.renew != null && <Tag color={e.renew ? 'green' : 'red'}>{e.renew ? t('evaluation.renewYes') : t('evaluation.renewNo')}</Tag>}
          </Space>
          <Typography.Paragraph style={{ margin: '6px 0 0' }}>{e.opinions}</Typography.Paragraph>
          {e.improvements && (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
              {t('evaluation.improvements')}：{e.improvements}
            </Typography.Paragraph>
          )}
          <Typography.Text type="secondary">{t('evaluation.writtenBy', { name: e.writtenByName })}</Typography.Text>
          {e.decision && (
            <Typography.Paragraph strong style={{ margin: '4px 0 0' }}>
              {t('evaluation.decided', { name: e.decidedByName, decision: e.decision })}
            </Typography.Paragraph>
          )}
          {manage && e.kind === 'yearly' && !e.decision && (
            <Button style={{ marginTop: 6 }} onClick={() => setDeciding(e)}>
              {t('evaluation.decide')}
            </Button>
          )}
        </Card>
      ))}
      <Modal
        open={open}
        title={t('evaluation.write')}
        onCancel={() => setOpen(false)}
        onOk={() => form.validateFields().then((v) => write.mutate(v))}
        confirmLoading={write.isPending}
        okText={t('act.submit')}
        cancelText={t('act.cancel')}
      >
        <Form form={form} layout="vertical">
          <Form.Item name="supplierId" label={t('evaluation.supplier')} rules={[{ required: true }]}>
            <Select options={suppliers.map((s) => ({ value: s.id, label: s.name }))} />
          </Form.Item>
          <Form.Item name="kind" label={t('evaluation.period')} rules={[{ required: true }]}>
            <Radio.Group
              options={(kind === 'meals' ? (['weekly', 'monthly', 'yearly'] as const) : (['monthly', 'yearly'] as const)).map((k) => ({
                value: k,
                label: t(`evaluation.kind.${k}`),
              }))}
              onChange={(e) => {
                const k = e.target.value as Draft['kind'];
                form.setFieldValue('period', k === 'yearly' ? String(dayjs().year()) : k === 'monthly' ? dayjs().format('YYYY-MM') : '');
              }}
            />
          </Form.Item>
          <Form.Item
            name="period"
            label={t('evaluation.period')}
            rules={[{ required: true }]}
            extra={evKind === 'weekly' ? 'YYYY-Www' : undefined}
          >
            <Input />
          </Form.Item>
          <Form.Item name="opinions" label={t('evaluation.opinions')} rules={[{ required: true }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
          <Form.Item name="improvements" label={t('evaluation.improvements')}>
            <Input.TextArea rows={2} maxLength={2000} />
          </Form.Item>
          {evKind === 'yearly' && (
            <Form.Item name="renew" label={t('evaluation.renew')}>
              <Radio.Group
                options={[
                  { value: true, label: t('evaluation.renewYes') },
                  { value: false, label: t('evaluation.renewNo') },
                ]}
              />
            </Form.Item>
          )}
        </Form>
      </Modal>
      <Modal
        open={!!deciding}
        title={t('evaluation.decision')}
        onCancel={() => setDeciding(null)}
        onOk={() => dform.validateFields().then((v) => decide.mutate(v))}
        confirmLoading={decide.isPending}
        okText={t('act.submit')}
        cancelText={t('act.cancel')}
      >
        <Form form={dform} layout="vertical" initialValues={{ renew: true }}>
          <Form.Item name="renew" label={t('evaluation.renew')} rules={[{ required: true }]}>
            <Radio.Group
              options={[
                { value: true, label: t('evaluation.renewYes') },
                { value: false, label: t('evaluation.renewNo') },
              ]}
            />
          </Form.Item>
          <Form.Item name="decision" label={t('evaluation.decision')} rules={[{ required: true }]}>
            <Input.TextArea rows={2} maxLength={1000} />
          </Form.Item>
        </Form>
      </Modal>
    </div>
  );
}
