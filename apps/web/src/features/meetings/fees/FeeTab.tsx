/** The notice's 费用确认单 tab: draw up / recompute the statement from the price list, then the statement itself. */
import { useState } from 'react';
import { Alert, Button, Card, Empty, Form, Input, InputNumber, Select, Skeleton, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined, SyncOutlined } from '@ant-design/icons';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useQuery } from '@tanstack/react-query';
import { money, toFen, toYuan } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { noticeStatementQuery, priceListQuery, useDraftStatement, type Notice } from '../api';
import { FeeStatementView } from './FeeStatementView';

interface DraftValues {
  items: { code: string; qty: number; invoiceRef?: string }[];
  extra: { name: string; qty: number; unit: string; unitYuan: number; invoiceRef?: string }[];
  invoiceRefs: string[];
  note?: string;
}
export function FeeTab({ n }: { n: Notice }) {
  const { t } = useTranslation('meetings');
  const session = useSession();
  const manage = session.can('meetings.fees.manage');
  const q = useQuery(noticeStatementQuery(n.id));
  const prices = useQuery(priceListQuery(n.propertyId, manage));
  const [form] = Form.useForm<DraftValues>();
  const [editing, setEditing] = useState(false);
  const draft = useDraftStatement({
    form,
    success: (_, v) => ('version' in v.body ? t('fee.recomputed') : t('fee.drafted')),
    onSuccess: () => setEditing(false),
  });
  if (q.isLoading) return <Skeleton active />;
  const s = q.data ?? null;
  const list = prices.data?.prices ?? null;
  const canDraft = manage && (!s || s.policies.recompute);
  const showForm = canDraft && (!s || editing);

  function startEdit() {
    form.setFieldsValue(
      s
        ? {
            items: s.lines
              .filter((l) => (l.kind === 'consumable' || l.kind === 'technical_loss') && l.code && !l.sourceId)
              .map((l) => ({ code: l.code!, qty: l.qty, invoiceRef: l.invoiceRef ?? undefined })),
            extra: s.lines
              .filter((l) => l.kind === 'other')
              .map((l) => ({ name: l.name, qty: l.qty, unit: l.unit, unitYuan: toYuan(l.unitFen), invoiceRef: l.invoiceRef ?? undefined })),
            invoiceRefs: s.invoiceRefs,
            note: s.note ?? undefined,
          }
        : { items: [], extra: [], invoiceRefs: [] },
    );
    setEditing(true);
  }

  async function submit() {
    const v = await form.validateFields();
    const body = {
      items: (v.items ?? []).map((i) => ({ code: i.code, qty: i.qty, invoiceRef: i.invoiceRef || null })),
      extra: (v.extra ?? []).map((e) => ({
        name: e.name,
        qty: e.qty,
        unit: e.unit,
        unitFen: toFen(e.unitYuan),
        invoiceRef: e.invoiceRef || null,
      })),
      invoiceRefs: v.invoiceRefs ?? [],
      note: v.note || null,
      ...(s ? { version: s.version } : {}),
    };
    draft.mutate({ noticeId: n.id, body });
  }

  const itemOptions = (list?.items ?? []).map((i) => ({ value: i.code, label: `${i.name}（${money(i.fen)}/${i.unit}）` }));
  return (
    <div data-testid="fee-tab">
      {manage && !list && !prices.isLoading && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 12 }}
          message={t('fee.noPriceList')}
          action={
            session.can('meetings.prices.manage') ? (
              <Link to="/admin/price-list">
                <Button size="small">{t('nav.priceList')}</Button>
              </Link>
            ) : undefined
          }
        />
      )}
      {!s && !showForm && <Empty description={t('fee.none')} />}
      {!s && canDraft && !editing && list && (
        <div style={{ textAlign: 'center', marginBottom: 12 }}>
          <Typography.Paragraph type="secondary">{t('fee.draftHint')}</Typography.Paragraph>
          <Button type="primary" icon={<PlusOutlined />} onClick={startEdit} data-testid="fee-draft">
            {t('fee.draft')}
          </Button>
        </div>
      )}
      {s && !editing && (
        <>
          {s.policies.recompute && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              message={t('fee.draftInfo')}
              action={
                <Button size="small" icon={<SyncOutlined />} onClick={startEdit} data-testid="fee-edit">
                  {t('fee.edit')}
                </Button>
              }
            />
          )}
          <FeeStatementView s={s} />
        </>
      )}
      {showForm && editing && (
        <Card size="small" title={s ? t('fee.editTitle') : t('fee.draftTitle')} data-testid="fee-form">
          <Typography.Paragraph type="secondary" style={{ fontSize: 12 }}>
            {t('fee.autoLines')}
          </Typography.Paragraph>
          <Form form={form} layout="vertical" requiredMark={false}>
            <Typography.Text strong>{t('fee.items')}</Typography.Text>
            <Form.List name="items">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f) => (
                    <Space key={f.key} align="baseline" wrap className="mt-form-row">
                      <Form.Item name={[f.name, 'code']} rules={[{ required: true, message: t('fee.pickItem') }]}>
                        <Select
                          style={{ width: 280 }}
                          options={itemOptions}
                          showSearch
                          optionFilterProp="label"
                          placeholder={t('fee.item')}
                        />
                      </Form.Item>
                      <Form.Item name={[f.name, 'qty']} rules={[{ required: true, message: t('fee.qty') }]}>
                        <InputNumber min={1} max={100000} precision={0} placeholder={t('fee.qty')} style={{ width: 100 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'invoiceRef']}>
                        <Input placeholder={t('fee.invoiceRef')} maxLength={100} style={{ width: 160 }} />
                      </Form.Item>
                      <MinusCircleOutlined onClick={() => remove(f.name)} />
                    </Space>
                  ))}
                  <Form.Item>
                    <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ qty: 1 })}>
                      {t('fee.addItem')}
                    </Button>
                  </Form.Item>
                </>
              )}
            </Form.List>
            <Typography.Text strong>{t('fee.extra')}</Typography.Text>
            <Form.List name="extra">
              {(fields, { add, remove }) => (
                <>
                  {fields.map((f) => (
                    <Space key={f.key} align="baseline" wrap className="mt-form-row">
                      <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true, message: t('fee.item') }]}>
                        <Input placeholder={t('fee.item')} maxLength={100} style={{ width: 200 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'qty']} rules={[{ required: true, message: t('fee.qty') }]}>
                        <InputNumber min={1} precision={0} placeholder={t('fee.qty')} style={{ width: 80 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'unit']} rules={[{ required: true, whitespace: true, message: t('fee.unit') }]}>
                        <Input placeholder={t('fee.unit')} maxLength={16} style={{ width: 70 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'unitYuan']} rules={[{ required: true, message: t('fee.unitPrice') }]}>
                        <InputNumber min={0} precision={2} prefix="¥" placeholder={t('fee.unitPrice')} style={{ width: 130 }} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'invoiceRef']}>
                        <Input placeholder={t('fee.invoiceRef')} maxLength={100} style={{ width: 140 }} />
                      </Form.Item>
                      <MinusCircleOutlined onClick={() => remove(f.name)} />
                    </Space>
                  ))}
                  <Form.Item>
                    <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ qty: 1, unit: t('fee.defaultUnit') })}>
                      {t('fee.addExtra')}
                    </Button>
                  </Form.Item>
                </>
              )}
            </Form.List>
            <Form.Item name="invoiceRefs" label={t('fee.invoiceRefs')}>
              <Select mode="tags" tokenSeparators={[',', '，', ' ']} open={false} placeholder={t('fee.invoiceRefsHint')} />
            </Form.Item>
            <Form.Item name="note" label={t('fee.note')}>
              <Input.TextArea rows={2} maxLength={1000} />
            </Form.Item>
            <Space>
              <Button type="primary" onClick={submit} loading={draft.isPending} data-testid="fee-submit">
                {s ? t('fee.recompute') : t('fee.draft')}
              </Button>
              <Button onClick={() => setEditing(false)}>{t('act.cancel')}</Button>
            </Space>
          </Form>
        </Card>
      )}
    </div>
  );
}
