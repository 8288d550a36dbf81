/**
 * /admin/price-list — the property's meeting price list (SPEC M9; seed 004 §3.3D): venue fee by class
 * (and optionally type) per duration band plus each started extra hour, and consumables, technical
 * materials and services per unit. Entered in 元, stored in fen.
 */
import { useEffect } from 'react';
import { Alert, Button, Card, Empty, Form, Input, InputNumber, Select, Skeleton, Space, Typography } from 'antd';
import { MinusCircleOutlined, PlusOutlined, SaveOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { PRICE_ITEM_KINDS, VENUE_CLASSES, VENUE_TYPES } from '@hy/contracts';
import { useQuery } from '@tanstack/react-query';
import { toFen, toYuan, type PriceListBody } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { PageHeader } from '../../../components/PageHeader';
import { usePlaceLabels } from '../../places/labels';
import { priceListQuery, useSavePriceList, type PriceList } from '../api';
import { fmtAt } from '../labels';
import '../meetings.css';

interface FormValues {
  venue: { venueClass: string; venueType?: string | null; bands: { upToHours: number; yuan: number }[]; extraHourYuan: number }[];
  items: { code: string; name: string; unit: string; yuan: number; kind: PriceList['items'][number]['kind'] }[];
}

const toForm = (p: PriceList | null): FormValues => ({
  venue: (p?.venue ?? []).map((v) => ({
    venueClass: v.venueClass,
    venueType: v.venueType ?? null,
    bands: v.bands.map((b) => ({ upToHours: b.upToHours, yuan: toYuan(b.fen) })),
    extraHourYuan: toYuan(v.extraHourFen),
  })),
  items: (p?.items ?? []).map((i) => ({ code: i.code, name: i.name, unit: i.unit, yuan: toYuan(i.fen), kind: i.kind })),
});

export default function PriceListPage() {
  const { t } = useTranslation('meetings');
  const P = usePlaceLabels();
  const session = useSession();
  const tz = session.property?.timeZone ?? 'Asia/Shanghai';
  const q = useQuery(priceListQuery(session.propertyId));
  const [form] = Form.useForm<FormValues>();
  const savePrices = useSavePriceList({ form, success: t('price.saved') });
  const canEdit = session.can('meetings.prices.manage');
  useEffect(() => {
    if (q.data) form.setFieldsValue(toForm(q.data.prices));
  }, [q.data, form]);

  async function save() {
    const v = await form.validateFields();
    const body: PriceList = {
      venue: (v.venue ?? []).map((r) => ({
        venueClass: r.venueClass,
        venueType: r.venueType || null,
        bands: r.bands.map((b) => ({ upToHours: b.upToHours, fen: toFen(b.yuan) })),
        extraHourFen: toFen(r.extraHourYuan),
      })),
      items: (v.items ?? []).map((i) => ({ code: i.code.trim(), name: i.name, unit: i.unit, fen: toFen(i.yuan), kind: i.kind })),
    };
    savePrices.mutate({ propertyId: session.propertyId!, body: body as PriceListBody });
  }

  if (q.isLoading)
    return (
      <Card>
        <Skeleton active />
      </Card>
    );
  return (
    <div data-testid="price-list">
      <PageHeader
        title={t('price.title')}
        extra={
          canEdit && (
            <Button type="primary" icon={<SaveOutlined />} onClick={save} loading={savePrices.isPending} data-testid="price-save">
              {t('price.save')}
            </Button>
          )
        }
      />
      <Alert
        type="info"
        showIcon
        style={{ marginBottom: 12 }}
        message={t('price.hint')}
        description={
          q.data?.updatedAt
            ? t('price.version', { v: q.data.version, at: fmtAt(q.data.updatedAt, tz, 'YYYY-MM-DD HH:mm') })
            : t('price.none')
        }
      />
      <Form form={form} disabled={!canEdit} requiredMark={false} initialValues={{ venue: [], items: [] }}>
        <Card size="small" title={t('price.venue')} style={{ marginBottom: 12 }}>
          <Form.List name="venue">
            {(fields, { add, remove }) => (
              <>
                {!fields.length && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('price.noVenue')} />}
                {fields.map((f) => (
                  <div key={f.key} className="mt-price-venue">
                    <Space wrap align="start">
                      <Form.Item name={[f.name, 'venueClass']} label={t('price.class')} rules={[{ required: true }]}>
                        <Select style={{ width: 130 }} options={VENUE_CLASSES.map((c) => ({ value: c, label: P.venueClass(c) }))} />
                      </Form.Item>
                      <Form.Item name={[f.name, 'venueType']} label={t('price.type')}>
                        <Select
                          style={{ width: 160 }}
                          allowClear
                          placeholder={t('price.anyType')}
                          options={VENUE_TYPES.map((c) => ({ value: c, label: P.venueType(c) }))}
                        />
                      </Form.Item>
                      <Form.Item name={[f.name, 'extraHourYuan']} label={t('price.extraHour')} rules={[{ required: true }]}>
                        <InputNumber min={0} precision={2} prefix="¥" style={{ width: 130 }} />
                      </Form.Item>
                      {canEdit && <Button type="text" danger icon={<MinusCircleOutlined />} onClick={() => remove(f.name)} />}
                    </Space>
                    <Form.List name={[f.name, 'bands']}>
                      {(bands, b) => (
                        <Space wrap size={[12, 8]} style={{ display: 'flex', marginBottom: 10 }}>
                          <Typography.Text type="secondary">{t('price.bands')}</Typography.Text>
                          {bands.map((bf) => (
                            <Space.Compact key={bf.key}>
                              <Form.Item name={[bf.name, 'upToHours']} rules={[{ required: true }]} noStyle>
                                <InputNumber
                                  min={0.5}
                                  max={24}
                                  step={0.5}
                                  addonBefore="≤"
                                  addonAfter={t('price.hours')}
                                  style={{ width: 140 }}
                                />
                              </Form.Item>
                              <Form.Item name={[bf.name, 'yuan']} rules={[{ required: true }]} noStyle>
                                <InputNumber min={0} precision={2} prefix="¥" style={{ width: 120 }} />
                              </Form.Item>
                              {canEdit && bands.length > 1 && <Button icon={<MinusCircleOutlined />} onClick={() => b.remove(bf.name)} />}
                            </Space.Compact>
                          ))}
                          {canEdit && (
                            <Button size="small" type="dashed" icon={<PlusOutlined />} onClick={() => b.add({ upToHours: 8, yuan: 0 })}>
                              {t('price.addBand')}
                            </Button>
                          )}
                        </Space>
                      )}
                    </Form.List>
                  </div>
                ))}
                {canEdit && (
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    onClick={() =>
                      add({
                        venueClass: 'A',
                        venueType: null,
                        bands: [
                          { upToHours: 4, yuan: 0 },
                          { upToHours: 8, yuan: 0 },
                        ],
                        extraHourYuan: 0,
                      })
                    }
                  >
                    {t('price.addVenue')}
                  </Button>
                )}
              </>
            )}
          </Form.List>
        </Card>
        <Card size="small" title={t('price.items')}>
          <Form.List name="items">
            {(fields, { add, remove }) => (
              <>
                {fields.length > 0 && (
                  <div className="mt-price-row mt-eq-head">
                    <span style={{ width: 150 }}>{t('price.code')}</span>
                    <span style={{ width: 200 }}>{t('fee.item')}</span>
                    <span style={{ width: 70 }}>{t('fee.unit')}</span>
                    <span style={{ width: 120 }}>{t('fee.unitPrice')}</span>
                    <span style={{ width: 130 }}>{t('price.kind')}</span>
                  </div>
                )}
                {fields.map((f) => (
                  <div key={f.key} className="mt-price-row">
                    <Form.Item
                      name={[f.name, 'code']}
                      rules={[{ required: true, pattern: /^[a-z][a-z0-9_.]{1,63}$/, message: t('tpl.codeHint') }]}
                      noStyle
                    >
                      <Input style={{ width: 150 }} placeholder="ms.water" />
                    </Form.Item>
                    <Form.Item name={[f.name, 'name']} rules={[{ required: true, whitespace: true }]} noStyle>
                      <Input style={{ width: 200 }} maxLength={100} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'unit']} rules={[{ required: true, whitespace: true }]} noStyle>
                      <Input style={{ width: 70 }} maxLength={16} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'yuan']} rules={[{ required: true }]} noStyle>
                      <InputNumber min={0} precision={2} prefix="¥" style={{ width: 120 }} />
                    </Form.Item>
                    <Form.Item name={[f.name, 'kind']} noStyle>
                      <Select style={{ width: 130 }} options={PRICE_ITEM_KINDS.map((k) => ({ value: k, label: t(`price.kinds.${k}`) }))} />
                    </Form.Item>
                    {canEdit && <MinusCircleOutlined onClick={() => remove(f.name)} />}
                  </div>
                ))}
                {!fields.length && <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('price.noItems')} />}
                {canEdit && (
                  <Button
                    type="dashed"
                    icon={<PlusOutlined />}
                    style={{ marginTop: 8 }}
                    onClick={() => add({ code: '', name: '', unit: t('purchase.defaultUnit'), yuan: 0, kind: 'consumable' })}
                  >
                    {t('price.addItem')}
                  </Button>
                )}
              </>
            )}
          </Form.List>
        </Card>
      </Form>
    </div>
  );
}
