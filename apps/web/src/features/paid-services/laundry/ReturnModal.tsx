import { useEffect } from 'react';
import { Button, Form, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { money, type LaundryLine, type LaundryPrice, type LaundryRequest, type LaundryService } from '@hy/contracts';
import { useApiMutation } from '../../../lib/mutation';
import { laundryKeys, laundryPricesQuery, returnLaundry } from './api';

const priceOf = (p: LaundryPrice | undefined, s: LaundryService) =>
  p ? { wash: p.washFen, dry_clean: p.dryCleanFen, iron: p.ironFen }[s] : null;

/** The return: the items as item × service × qty, priced from the price list (the 洗衣服务确定单's lines). */
export function ReturnModal({ r, onClose }: { r: LaundryRequest | null; onClose: () => void }) {
  const { t } = useTranslation('laundry');
  const [form] = Form.useForm<{ lines: { item?: string; service?: LaundryService; qty?: number }[] }>();
  const prices = useQuery(laundryPricesQuery(r?.propertyId ?? null)).data?.data ?? [];
  const keep = !!r && r.rewashCount > 0 && r.lines.length > 0;
  useEffect(() => {
    if (r) form.setFieldsValue({ lines: [{ item: undefined, service: 'wash', qty: 1 }] });
  }, [r, form]);
  const m = useApiMutation<LaundryLine[]>({
    mutationFn: (lines) => returnLaundry(r!.id, lines),
    invalidate: [laundryKeys.all],
    success: t('done.return'),
    onSuccess: onClose,
  });
  const lines = Form.useWatch('lines', form) ?? [];
  const priced = lines.map((l) => ({
    ...l,
    priceFen:
      l?.item && l.service
        ? priceOf(
            prices.find((p) => p.item === l.item),
            l.service,
          )
        : null,
  }));
  const total = priced.reduce((s, l) => s + (l.priceFen ?? 0) * (l.qty ?? 0), 0);
  const submit = () =>
    keep
      ? m.mutate([])
      : form
          .validateFields()
          .then(() =>
            m.mutate(
              priced
                .filter((l) => l.item && l.service && l.qty && l.priceFen)
                .map((l) => ({ item: l.item!, service: l.service!, qty: l.qty!, priceFen: l.priceFen! })),
            ),
          );
  return (
    <Modal
      open={!!r}
      title={t('ret.title')}
      onCancel={onClose}
      onOk={submit}
      okText={t('act.submit')}
      cancelText={t('act.cancel')}
      confirmLoading={m.isPending}
      okButtonProps={{ 'data-testid': 'return-submit' }}
      destroyOnClose
    >
      {keep ? (
        <Typography.Paragraph>{t('ret.keep')}</Typography.Paragraph>
      ) : (
        <Form form={form} layout="vertical">
          <Form.List name="lines">
            {(fields, { add, remove }) => (
              <>
                {fields.map((f, i) => (
                  <Space key={f.key} wrap align="end" style={{ marginBottom: 4 }}>
                    <Form.Item
                      name={[f.name, 'item']}
                      label={i === 0 ? t('field.item') : undefined}
                      rules={[{ required: true }]}
                      style={{ marginBottom: 8 }}
                    >
                      <Select
                        style={{ width: 130 }}
                        data-testid={`return-item-${i}`}
                        options={prices.map((p) => ({ value: p.item, label: p.item }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'service']}
                      label={i === 0 ? t('field.service') : undefined}
                      rules={[{ required: true }]}
                      style={{ marginBottom: 8 }}
                    >
                      <Select
                        style={{ width: 90 }}
                        options={(['wash', 'dry_clean', 'iron'] as const).map((s) => ({ value: s, label: t(`service.${s}`) }))}
                      />
                    </Form.Item>
                    <Form.Item
                      name={[f.name, 'qty']}
                      label={i === 0 ? t('field.qty') : undefined}
                      rules={[{ required: true }]}
                      style={{ marginBottom: 8 }}
                    >
                      <InputNumber min={1} max={200} precision={0} style={{ width: 70 }} />
                    </Form.Item>
                    <Typography.Text style={{ display: 'inline-block', minWidth: 70, paddingBottom: 12 }}>
                      {priced[i]?.priceFen != null ? money(priced[i]!.priceFen!) : '—'}
                    </Typography.Text>
                    {fields.length > 1 && <Button icon={<DeleteOutlined />} onClick={() => remove(f.name)} style={{ marginBottom: 8 }} />}
                  </Space>
                ))}
                <Button icon={<PlusOutlined />} onClick={() => add({ service: 'wash', qty: 1 })}>
                  {t('ret.add')}
                </Button>
              </>
            )}
          </Form.List>
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            {t('field.total')} {money(total)}
          </Typography.Title>
        </Form>
      )}
    </Modal>
  );
}
