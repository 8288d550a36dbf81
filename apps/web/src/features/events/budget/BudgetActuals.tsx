/** The budget's actual costs (collected from the sub-features and recorded here) and the variance per category. */
import { useMemo, useState } from 'react';
import { Button, Card, DatePicker, Form, Input, InputNumber, Popconfirm, Select, Table, Tag, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import {
  EVENT_COST_CATEGORIES,
  money,
  type BudgetActualLine,
  type BudgetVarianceRow,
  type BudgetView,
  type EventCostCategory,
} from '@hy/contracts';
import { EChart } from '../../../components/EChart';
import { FormModal } from '../../../components/FormModal';
import { useApiMutation } from '../../../lib/mutation';
import { budgetKey, budgetWrite } from './api';

const red = (over: boolean, text: string) => <span style={over ? { color: '#cf1322', fontWeight: 600 } : undefined}>{text}</span>;

export function VarianceCard({ b }: { b: BudgetView }) {
  const { t } = useTranslation('eventBudget');
  const option = useMemo(
    () => ({
      tooltip: { trigger: 'axis' as const },
      legend: { data: [t('chartBudget'), t('chartCurrent'), t('chartActual')] },
      grid: { left: 60, right: 16, top: 36, bottom: 28 },
      xAxis: { type: 'category' as const, data: b.variance.map((r) => t(`category.${r.category}`)) },
      yAxis: { type: 'value' as const, name: '¥' },
      series: [
        { name: t('chartBudget'), type: 'bar' as const, data: b.variance.map((r) => r.approvedFen / 100) },
        { name: t('chartCurrent'), type: 'bar' as const, data: b.variance.map((r) => r.currentFen / 100) },
        {
          name: t('chartActual'),
          type: 'bar' as const,
          data: b.variance.map((r) => ({ value: r.actualFen / 100, itemStyle: r.over ? { color: '#cf1322' } : undefined })),
        },
      ],
    }),
    [b.variance, t],
  );
  return (
    <Card size="small" title={t('varianceTitle')} data-testid="budget-variance">
      {b.approvedVersion === null && <Typography.Paragraph type="secondary">{t('noApproved')}</Typography.Paragraph>}
      <Table<BudgetVarianceRow>
        size="small"
        rowKey="category"
        pagination={false}
        scroll={{ x: 600 }}
        dataSource={b.variance}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0}>
              <b>{t('total')}</b>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={1} align="right">
              {money(b.totals.approvedFen)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={2} align="right">
              {money(b.totals.currentFen)}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={3} align="right">
              <span data-testid="budget-actual-total">{money(b.totals.actualFen)}</span>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={4} align="right">
              {red(b.totals.over, money(b.totals.varianceFen))}
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5}>{b.totals.over && <Tag color="red">{t('over')}</Tag>}</Table.Summary.Cell>
          </Table.Summary.Row>
        )}
        columns={[
          { title: t('col.category'), render: (_, r) => t(`category.${r.category}`) },
          { title: t('col.approved'), align: 'right', render: (_, r) => money(r.approvedFen) },
          { title: t('col.current'), align: 'right', render: (_, r) => money(r.currentFen) },
          { title: t('col.actual'), align: 'right', render: (_, r) => red(r.over, money(r.actualFen)) },
          { title: t('col.variance'), align: 'right', render: (_, r) => red(r.over, money(r.varianceFen)) },
          { width: 90, render: (_, r) => (r.over ? <Tag color="red">{t('over')}</Tag> : <Tag color="green">{t('within')}</Tag>) },
        ]}
      />
      {b.variance.length > 0 && <EChart option={option} height={260} />}
    </Card>
  );
}

interface ActualForm {
  category: EventCostCategory;
  name: string;
  amountYuan: number;
  invoiceRef?: string;
  spentOn: Dayjs;
}

export function ActualsCard({ b, eventId }: { b: BudgetView; eventId: string }) {
  const { t } = useTranslation('eventBudget');
  const [open, setOpen] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [form] = Form.useForm<ActualForm>();
  const add = useApiMutation({
    mutationFn: (v: ActualForm) =>
      budgetWrite.addActual(eventId, {
        category: v.category,
        name: v.name,
        amountFen: Math.round(v.amountYuan * 100),
        invoiceRef: v.invoiceRef || null,
        spentOn: v.spentOn.format('YYYY-MM-DD'),
      }),
    invalidate: [budgetKey(eventId)],
    form,
    onSuccess: () => setOpen(false),
    onError: setError,
  });
  const remove = useApiMutation({ mutationFn: (id: string) => budgetWrite.removeActual(eventId, id), invalidate: [budgetKey(eventId)] });
  return (
    <Card
      size="small"
      title={t('actuals')}
      data-testid="budget-actuals"
      extra={
        b.policies.record && (
          <Button
            icon={<PlusOutlined />}
            data-testid="budget-add-actual"
            onClick={() => {
              setError(null);
              form.resetFields();
              setOpen(true);
            }}
          >
            {t('addActual')}
          </Button>
        )
      }
    >
      <Table<BudgetActualLine>
        size="small"
        rowKey={(r) => r.id ?? `${r.source}:${r.name}`}
        pagination={false}
        scroll={{ x: 700 }}
        dataSource={b.actuals}
        columns={[
          { title: t('col.category'), width: 100, render: (_, r) => t(`category.${r.category}`) },
          { title: t('col.name'), dataIndex: 'name' },
          { title: t('col.units'), width: 90, align: 'right', render: (_, r) => `${r.qty} ${r.unit}` },
          { title: t('col.amount'), width: 130, align: 'right', render: (_, r) => money(r.amountFen) },
          { title: t('col.invoice'), width: 120, render: (_, r) => r.invoiceRef ?? '' },
          { title: t('col.date'), width: 110, render: (_, r) => r.spentOn ?? '' },
          { title: t('col.source'), width: 100, render: (_, r) => <Tag>{r.source === 'manual' ? t('manual') : t('seam')}</Tag> },
          {
            width: 48,
            render: (_, r) =>
              r.id &&
              b.policies.record && (
                <Popconfirm title={t('removeConfirm')} onConfirm={() => remove.mutate(r.id!)}>
                  <Button size="small" type="text" danger icon={<DeleteOutlined />} aria-label={t('remove')} />
                </Popconfirm>
              ),
          },
        ]}
      />
      <FormModal<ActualForm>
        open={open}
        onClose={() => setOpen(false)}
        title={t('addActual')}
        form={form}
        name="budget-actual"
        saving={add.isPending}
        error={error}
        onFinish={(v) => add.mutate(v)}
        saveTestId="budget-actual-save"
      >
        <Form.Item name="category" label={t('col.category')} rules={[{ required: true }]} initialValue="other">
          <Select options={EVENT_COST_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} />
        </Form.Item>
        <Form.Item name="name" label={t('actualName')} rules={[{ required: true, max: 100 }]}>
          <Input data-testid="budget-actual-name" />
        </Form.Item>
        <Form.Item name="amountYuan" label={t('amountYuan')} rules={[{ required: true }]}>
          <InputNumber min={0} precision={2} style={{ width: '100%' }} data-testid="budget-actual-amount" />
        </Form.Item>
        <Form.Item name="invoiceRef" label={t('col.invoice')}>
          <Input maxLength={60} />
        </Form.Item>
        <Form.Item name="spentOn" label={t('col.date')} rules={[{ required: true }]} initialValue={dayjs()}>
          <DatePicker style={{ width: '100%' }} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
