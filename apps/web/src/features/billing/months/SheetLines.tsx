/** One sub-table's lines; an amount may be changed with a reason while the month is not fully signed. */
import { useState } from 'react';
import { Button, Form, Input, InputNumber, Modal, Table } from 'antd';
import { useTranslation } from 'react-i18next';
import { money, toFen, toYuan, type BillingLine, type BillingMonth, type FeeSheet } from '@hy/contracts';
import { useApiMutation } from '../../../lib/mutation';
import { editLine, monthKeys } from './api';

export function SheetLines({ month, sheet }: { month: BillingMonth; sheet: FeeSheet }) {
  const { t } = useTranslation('feeMonths');
  const [editing, setEditing] = useState<BillingLine | null>(null);
  const [form] = Form.useForm();
  const save = useApiMutation({
    mutationFn: (v: { amount: number; reason: string }) =>
      editLine({ id: month.id, lineId: editing!.id, amountFen: toFen(v.amount), reason: v.reason }),
    invalidate: [monthKeys.all],
    form,
    success: t('edited'),
    onSuccess: () => setEditing(null),
  });
  const lines = month.lines.filter((l) => l.sheet === sheet);
  return (
    <>
      <Table
        rowKey="id"
        size="small"
        dataSource={lines}
        pagination={{ pageSize: 100, hideOnSinglePage: true }}
        scroll={{ x: 700 }}
        data-testid={`sheet-${sheet}`}
        columns={[
          { title: t('company'), dataIndex: 'organizationName', width: 200 },
          { title: t('unit'), dataIndex: 'unitCode', width: 90 },
          { title: t('item'), dataIndex: 'description' },
          { title: t('quantity'), dataIndex: 'quantity', align: 'right', width: 90 },
          {
            title: t('price'),
            dataIndex: 'unitPriceFen',
            align: 'right',
            width: 100,
            render: (f: number | null) => (f === null ? '' : money(f)),
          },
          { title: t('amount'), dataIndex: 'amountFen', align: 'right', width: 120, render: (f: number) => money(f) },
          ...(month.policies.edit
            ? [
                {
                  key: 'op',
                  width: 70,
                  render: (_: unknown, l: BillingLine) => (
                    <Button
                      size="small"
                      onClick={() => {
                        setEditing(l);
                        form.setFieldsValue({ amount: toYuan(l.amountFen), reason: '' });
                      }}
                    >
                      {t('edit')}
                    </Button>
                  ),
                },
              ]
            : []),
        ]}
        summary={() => (
          <Table.Summary.Row>
            <Table.Summary.Cell index={0} colSpan={5}>
              <b>{t('sum')}</b>
            </Table.Summary.Cell>
            <Table.Summary.Cell index={5} align="right">
              <b>{money(month.sheetTotals[sheet] ?? 0)}</b>
            </Table.Summary.Cell>
          </Table.Summary.Row>
        )}
      />
      <Modal
        open={!!editing}
        title={`${t('editTitle')}${t('colon')}${editing?.description ?? ''}`}
        onCancel={() => setEditing(null)}
        onOk={() => form.submit()}
        confirmLoading={save.isPending}
        destroyOnHidden
      >
        <Form form={form} layout="vertical" onFinish={(v) => save.mutate(v)}>
          <Form.Item name="amount" label={t('newAmount')} rules={[{ required: true }]}>
            <InputNumber min={0} precision={2} style={{ width: '100%' }} />
          </Form.Item>
          <Form.Item name="reason" label={t('editReason')} rules={[{ required: true }]}>
            <Input.TextArea rows={2} maxLength={200} />
          </Form.Item>
        </Form>
      </Modal>
    </>
  );
}
