import { useState } from 'react';
import { Alert, Button, Empty, Form, Input, InputNumber, Space, Table, Typography } from 'antd';
import { EditOutlined, MinusCircleOutlined, PlusOutlined, PrinterOutlined, SaveOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { money, toFen, toYuan, type LaundryPriceList } from '@hy/contracts';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { laundryKeys, laundryPricesQuery, putLaundryPrices } from './api';
import './prices.css';

/**
 * A row of the form. The prices are in 元 here but keep the request's field names (washFen …) so that the
 * server's problem+json field paths (items.3.washFen) land on the right input.
 */
interface Row {
  item: string;
  washFen: number | null;
  dryCleanFen: number | null;
  ironFen: number | null;
}
const SERVICES = [
  ['washFen', 'wash'],
  ['dryCleanFen', 'dry_clean'],
  ['ironFen', 'iron'],
] as const;
const yuanOrNull = (f: number | null) => (f == null ? null : toYuan(f));
const fenOrNull = (y: number | null | undefined) => (y == null ? null : toFen(y));

/** The price list agreed with the laundry; printable to hand to a tenant at move-in; the housekeeping supervisor edits it. */
export function PricesTab({ propertyId }: { propertyId: string | null }) {
  const { t } = useTranslation('laundry');
  const navigate = useNavigate();
  const { can } = useSession();
  const manage = can('paidservices.manage');
  const q = useQuery(laundryPricesQuery(propertyId));
  const p = q.data;
  const [editing, setEditing] = useState(false);
  const cell = (f: number | null) => (f == null ? t('prices.none') : money(f));
  const head = (
    <Typography.Paragraph type="secondary">
      {p?.supplier ? `${t('prices.supplier', { name: p.supplier.name })} · ` : ''}
      {t('prices.note')}
    </Typography.Paragraph>
  );
  if (editing && p?.supplier && propertyId)
    return (
      <div>
        {head}
        <PricesForm list={p} propertyId={propertyId} onDone={() => setEditing(false)} />
      </div>
    );
  if (manage && !q.isLoading && !p?.supplier) return <Alert type="info" showIcon message={t('prices.needSupplier')} />;
  return (
    <div>
      {head}
      <Space wrap style={{ marginBottom: 12 }}>
        {manage && (
          <Button
            type="primary"
            icon={<EditOutlined />}
            style={{ minHeight: 40 }}
            data-testid="prices-edit"
            onClick={() => setEditing(true)}
          >
            {t('prices.edit')}
          </Button>
        )}
        {!!p?.data.length && (
          <Button icon={<PrinterOutlined />} style={{ minHeight: 40 }} onClick={() => navigate('/paid-services/laundry/prices/print')}>
            {t('prices.print')}
          </Button>
        )}
      </Space>
      {!q.isLoading && !p?.data.length ? (
        <Empty description={t('prices.empty')} />
      ) : (
        <Table
          size="small"
          rowKey="id"
          loading={q.isLoading}
          pagination={false}
          data-testid="laundry-prices"
          dataSource={p?.data ?? []}
          columns={[
            { title: t('field.item'), dataIndex: 'item' },
            { title: t('service.wash'), dataIndex: 'washFen', align: 'right', render: cell },
            { title: t('service.dry_clean'), dataIndex: 'dryCleanFen', align: 'right', render: cell },
            { title: t('service.iron'), dataIndex: 'ironFen', align: 'right', render: cell },
          ]}
        />
      )}
    </div>
  );
}

/** Edit mode: item names and the three prices in 元 (≥ 0, to the fen), rows added and removed, saved in one PUT. */
function PricesForm({ list, propertyId, onDone }: { list: LaundryPriceList; propertyId: string; onDone: () => void }) {
  const { t } = useTranslation('laundry');
  const [form] = Form.useForm<{ items: Row[] }>();
  const [error, setError] = useState<string | null>(null);
  const save = useApiMutation<Row[]>({
    mutationFn: (rows) =>
      putLaundryPrices({
        propertyId,
        supplierId: list.supplier!.id,
        items: rows.map((r) => ({
          item: r.item.trim(),
          washFen: fenOrNull(r.washFen),
          dryCleanFen: fenOrNull(r.dryCleanFen),
          ironFen: fenOrNull(r.ironFen),
        })),
      }),
    invalidate: [laundryKeys.all],
    form,
    success: t('prices.saved'),
    onSuccess: onDone,
    onError: setError,
  });
  const initial: Row[] = list.data.length
    ? list.data.map((r) => ({
        item: r.item,
        washFen: yuanOrNull(r.washFen),
        dryCleanFen: yuanOrNull(r.dryCleanFen),
        ironFen: yuanOrNull(r.ironFen),
      }))
    : [{ item: '', washFen: null, dryCleanFen: null, ironFen: null }];
  const priceRule = {
    validator: (_: unknown, v: number | null | undefined) =>
      v == null || (v >= 0 && Math.abs(v * 100 - Math.round(v * 100)) < 1e-6)
        ? Promise.resolve()
        : Promise.reject(new Error(t('prices.hint'))),
  };
  return (
    <Form
      form={form}
      name="laundry-prices"
      initialValues={{ items: initial }}
      requiredMark={false}
      data-testid="prices-form"
      onFinish={(v) => {
        setError(null);
        save.mutate(v.items);
      }}
    >
      <Alert type="info" showIcon style={{ marginBottom: 12 }} message={t('prices.hint')} />
      {error && <Alert type="error" style={{ marginBottom: 12 }} message={error} />}
      <Form.List
        name="items"
        rules={[{ validator: (_, rows?: Row[]) => (rows?.length ? Promise.resolve() : Promise.reject(new Error(t('prices.atLeastOne')))) }]}
      >
        {(fields, { add, remove }, { errors }) => (
          <>
            {fields.length > 0 && (
              <div className="ps-price-grid ps-price-head" aria-hidden>
                <span className="ps-price-item">{t('field.item')}</span>
                {SERVICES.map(([field, service]) => (
                  <span key={field}>{t(`service.${service}`)}</span>
                ))}
              </div>
            )}
            {fields.map((f, i) => (
              <div key={f.key} data-testid="price-row" className="ps-price-grid ps-price-row">
                <Form.Item
                  name={[f.name, 'item']}
                  rules={[{ required: true, whitespace: true, message: t('prices.itemRequired') }]}
                  className="ps-price-item"
                >
                  <Input maxLength={40} placeholder={t('field.item')} aria-label={`${t('field.item')} ${i + 1}`} />
                </Form.Item>
                {SERVICES.map(([field, service]) => (
                  <Form.Item key={field} name={[f.name, field]} rules={[priceRule]}>
                    <InputNumber
                      min={0}
                      max={100000}
                      precision={2}
                      step={1}
                      inputMode="decimal"
                      placeholder={t(`service.${service}`)}
                      aria-label={`${t(`service.${service}`)} ${i + 1}`}
                      data-testid={`price-${service}`}
                      style={{ width: '100%' }}
                    />
                  </Form.Item>
                ))}
                <Button
                  type="text"
                  danger
                  icon={<MinusCircleOutlined />}
                  aria-label={t('prices.remove')}
                  title={t('prices.remove')}
                  onClick={() => remove(f.name)}
                />
              </div>
            ))}
            <Form.ErrorList errors={errors} />
            <Button
              type="dashed"
              icon={<PlusOutlined />}
              block
              style={{ margin: '4px 0 12px', minHeight: 40 }}
              data-testid="price-add"
              onClick={() => add({ item: '', washFen: null, dryCleanFen: null, ironFen: null })}
            >
              {t('prices.add')}
            </Button>
          </>
        )}
      </Form.List>
      <Space wrap>
        <Button
          type="primary"
          htmlType="submit"
          icon={<SaveOutlined />}
          loading={save.isPending}
          style={{ minHeight: 40 }}
          data-testid="prices-save"
        >
          {t('prices.save')}
        </Button>
        <Button style={{ minHeight: 40 }} onClick={onDone}>
          {t('prices.cancel')}
        </Button>
      </Space>
    </Form>
  );
}
