/** Add or edit a line of the 会务物资清单: category, name, the quantity (fixed or following a live count), placement, group, source. */
import { useState } from 'react';
import { AutoComplete, Form, Input, InputNumber, Select, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import {
  MATERIAL_BASES,
  MATERIAL_CATEGORIES,
  MATERIAL_SOURCES,
  type EventDetail,
  type EventMaterialLine,
  type MaterialBasis,
  type MaterialCategory,
  type MaterialSource,
} from '@hy/contracts';
import { FormModal } from '../../../components/FormModal';
import { useApiMutation } from '../../../lib/mutation';
import { eventKeys } from '../api';
import { warehouseQuery, writeMaterials } from './api';

interface Values {
  category: MaterialCategory;
  name: string;
  basis: MaterialBasis;
  fixedQty?: number;
  perUnit?: number;
  spare?: number;
  unit: string;
  placement?: string;
  groupId?: string;
  source: MaterialSource;
  warehouseItemId?: string;
  unitYuan?: number | null;
  notes?: string;
}

export function LineModal({
  event,
  line,
  open,
  onClose,
}: {
  event: EventDetail;
  line: EventMaterialLine | null;
  open: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation('eventMaterials');
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const basis = Form.useWatch('basis', form) ?? line?.basis ?? 'fixed';
  const source = Form.useWatch('source', form) ?? line?.source ?? 'purchase';
  const items = useQuery(warehouseQuery(event.id, open && source === 'warehouse')).data?.data ?? [];
  const save = useApiMutation({
    mutationFn: (v: Values) => {
      const body = {
        category: v.category,
        name: v.name,
        basis: v.basis,
        fixedQty: v.fixedQty ?? 0,
        perUnit: v.perUnit ?? 1,
        spare: v.spare ?? 0,
        unit: v.unit,
        placement: v.placement ?? null,
        groupId: v.groupId ?? null,
        source: v.source,
        warehouseItemId: v.source === 'warehouse' ? (v.warehouseItemId ?? null) : null,
        unitFen: v.source === 'purchase' && v.unitYuan != null ? Math.round(v.unitYuan * 100) : null,
        notes: v.notes ?? null,
      };
      return line ? writeMaterials.patch(event.id, line.id, { ...body, version: line.version }) : writeMaterials.create(event.id, body);
    },
    form,
    invalidate: [eventKeys.event(event.id)],
    success: t('saved'),
    onError: (m) => setError(m),
    onSuccess: onClose,
  });
  const placements = t('placements', { returnObjects: true }) as string[];
  return (
    <FormModal
      open={open}
      onClose={onClose}
      title={line ? t('edit') : t('add')}
      form={form}
      name="event-material"
      saving={save.isPending}
      error={error}
      onFinish={(v) => save.mutate(v)}
      saveTestId="material-save"
      width={560}
    >
      <Space.Compact block>
        <Form.Item
          name="category"
          label={t('f.category')}
          initialValue={line?.category ?? 'stationery'}
          style={{ width: '40%' }}
          rules={[{ required: true }]}
        >
          <Select options={MATERIAL_CATEGORIES.map((c) => ({ value: c, label: t(`category.${c}`) }))} data-testid="material-category" />
        </Form.Item>
        <Form.Item
          name="name"
          label={t('f.name')}
          initialValue={line?.name}
          style={{ width: '60%' }}
          rules={[{ required: true, max: 100 }]}
        >
          <Input data-testid="material-name" />
        </Form.Item>
      </Space.Compact>
      <Space wrap>
        <Form.Item name="basis" label={t('f.basis')} initialValue={line?.basis ?? 'fixed'}>
          <Select
            style={{ width: 150 }}
            options={MATERIAL_BASES.map((b) => ({ value: b, label: t(`basis.${b}`) }))}
            data-testid="material-basis"
          />
        </Form.Item>
        {basis === 'fixed' ? (
          <Form.Item name="fixedQty" label={t('f.fixedQty')} initialValue={line?.fixedQty ?? 1} rules={[{ required: true }]}>
            <InputNumber min={0} max={100000} precision={0} data-testid="material-qty" />
          </Form.Item>
        ) : (
          <>
            <Form.Item name="perUnit" label={t('f.perUnit')} initialValue={line?.perUnit ?? 1}>
              <InputNumber min={1} max={1000} precision={0} />
            </Form.Item>
            <Form.Item name="spare" label={t('f.spare')} initialValue={line?.spare ?? 0}>
              <InputNumber min={0} max={100000} precision={0} data-testid="material-spare" />
            </Form.Item>
          </>
        )}
        <Form.Item name="unit" label={t('f.unit')} initialValue={line?.unit ?? '个'} rules={[{ required: true, max: 10 }]}>
          <Input style={{ width: 80 }} data-testid="material-unit" />
        </Form.Item>
      </Space>
      <Space wrap>
        <Form.Item name="placement" label={t('f.placement')} initialValue={line?.placement ?? undefined}>
          <AutoComplete style={{ width: 240 }} options={placements.map((p) => ({ value: p }))} data-testid="material-placement" />
        </Form.Item>
        <Form.Item name="groupId" label={t('f.group')} initialValue={line?.groupId ?? undefined}>
          <Select
            allowClear
            style={{ width: 200 }}
            options={event.groups.map((g) => ({ value: g.id, label: g.name }))}
            data-testid="material-group"
          />
        </Form.Item>
      </Space>
      <Space wrap>
        <Form.Item name="source" label={t('f.source')} initialValue={line?.source ?? 'purchase'}>
          <Select
            style={{ width: 150 }}
            options={MATERIAL_SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) }))}
            data-testid="material-source"
          />
        </Form.Item>
        {source === 'warehouse' && (
          <Form.Item
            name="warehouseItemId"
            label={t('f.item')}
            initialValue={line?.warehouseItemId ?? undefined}
            rules={[{ required: true }]}
          >
            <Select
              style={{ width: 260 }}
              showSearch
              optionFilterProp="label"
              options={items.map((i) => ({ value: i.id, label: `${i.name}（${t('stock', { stock: i.stock })}${i.unit}）` }))}
            />
          </Form.Item>
        )}
        {source === 'purchase' && (
          <Form.Item name="unitYuan" label={t('f.unitPrice')} initialValue={line?.unitFen != null ? line.unitFen / 100 : undefined}>
            <InputNumber min={0} max={1_000_000} precision={2} data-testid="material-price" />
          </Form.Item>
        )}
      </Space>
      <Form.Item name="notes" label={t('f.notes')} initialValue={line?.notes ?? undefined}>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
    </FormModal>
  );
}
