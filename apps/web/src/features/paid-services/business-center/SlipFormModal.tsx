/** Write a 服务收费单: the customer (company or walk-in), the service and what was asked; priced by the server's list. */
import { Button, Checkbox, DatePicker, Form, Input, InputNumber, Modal, Segmented, Select, Space } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import { BC_COPY_SIDES, BC_COPY_SIZES, BC_FAX_ZONES, BC_TYPING_LANGS, type BcSlipKind } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { organizationsQuery } from '../../places/api';
import { bcKeys, createSlip } from './api';

interface Values {
  organizationId?: string;
  customerName: string;
  kind: BcSlipKind;
  faxNumber?: string;
  zone?: (typeof BC_FAX_ZONES)[number];
  pages: number;
  minutes?: number;
  errorPages?: number;
  stamped?: boolean;
  language?: (typeof BC_TYPING_LANGS)[number];
  format?: string;
  fileName?: string;
  keepUntil?: Dayjs;
  size?: (typeof BC_COPY_SIZES)[number];
  sides?: (typeof BC_COPY_SIDES)[number];
  copies?: number;
}

const details = (v: Values) =>
  v.kind === 'fax_out'
    ? {
        kind: v.kind,
        faxNumber: v.faxNumber!,
        zone: v.zone!,
        pages: v.pages,
        minutes: v.minutes ?? 0,
        errorPages: v.errorPages ?? 0,
        stamped: v.stamped ?? true,
      }
    : v.kind === 'typing'
      ? {
          kind: v.kind,
          pages: v.pages,
          language: v.language!,
          format: v.format || null,
          fileName: v.fileName || null,
          keepUntil: v.keepUntil?.format('YYYY-MM-DD') ?? null,
        }
      : { kind: v.kind, pages: v.pages, size: v.size!, sides: v.sides!, copies: v.copies ?? 1 };

export function SlipFormModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('bizCenter');
  const { propertyId } = useSession();
  const [form] = Form.useForm<Values>();
  const kind = Form.useWatch('kind', form) ?? 'fax_out';
  const orgs = useQuery(organizationsQuery(propertyId, open)).data ?? [];
  const save = useApiMutation({
    mutationFn: (v: Values) =>
      createSlip({ propertyId, organizationId: v.organizationId ?? null, customerName: v.customerName, details: details(v) }),
    form,
    invalidate: [bcKeys.all],
    success: t('slip.done'),
    onSuccess: () => {
      form.resetFields();
      onClose();
    },
  });
  const num = (name: keyof Values, label: string, min = 0, required = false) => (
    <Form.Item name={name} label={label} rules={required ? [{ required: true }] : []} style={{ flex: 1, minWidth: 100 }}>
      <InputNumber min={min} max={2000} style={{ width: '100%' }} inputMode="numeric" data-testid={`slip-${name}`} />
    </Form.Item>
  );
  return (
    <Modal
      open={open}
      onCancel={onClose}
      title={t('slip.title')}
      destroyOnHidden
      width="min(560px, calc(100vw - 16px))"
      footer={
        <Space>
          <Button onClick={onClose}>{t('slip.cancel')}</Button>
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="slip-submit" style={{ minHeight: 40 }}>
            {t('slip.submit')}
          </Button>
        </Space>
      }
    >
      <Form
        form={form}
        layout="vertical"
        onFinish={(v) => save.mutate(v)}
        initialValues={{
          kind: 'fax_out',
          zone: 'domestic',
          stamped: true,
          language: 'zh',
          size: 'A4',
          sides: 'single',
          copies: 1,
          pages: 1,
        }}
      >
        <Form.Item name="kind" label={t('field.kind')}>
          <Segmented
            block
            options={(['fax_out', 'typing', 'copying'] as const).map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            data-testid="slip-kind"
          />
        </Form.Item>
        <Form.Item name="organizationId" label={t('field.organization')}>
          <Select
            allowClear
            showSearch
            optionFilterProp="label"
            placeholder={t('field.walkIn')}
            data-testid="slip-org"
            options={orgs.map((o) => ({ value: o.id, label: o.name }))}
          />
        </Form.Item>
        <Form.Item name="customerName" label={t('field.customerName')} rules={[{ required: true, whitespace: true, max: 64 }]}>
          <Input data-testid="slip-customer" />
        </Form.Item>
        {kind === 'fax_out' && (
          <>
            <Form.Item name="faxNumber" label={t('field.faxNumber')} rules={[{ required: true, pattern: /^[0-9+\-() ]{3,40}$/ }]}>
              <Input inputMode="tel" data-testid="slip-faxNumber" />
            </Form.Item>
            <Form.Item name="zone" label={t('field.zone')}>
              <Select options={BC_FAX_ZONES.map((z) => ({ value: z, label: t(`zone.${z}`) }))} data-testid="slip-zone" />
            </Form.Item>
            <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
              {num('pages', t('field.pages'), 1, true)}
              {num('minutes', t('field.minutes'))}
              {num('errorPages', t('field.errorPages'))}
            </div>
            <Form.Item name="stamped" valuePropName="checked">
              <Checkbox>{t('field.stamped')}</Checkbox>
            </Form.Item>
          </>
        )}
        {kind === 'typing' && (
          <>
            <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
              {num('pages', t('field.pages'), 1, true)}
              <Form.Item name="language" label={t('field.language')} style={{ flex: 1, minWidth: 100 }}>
                <Select options={BC_TYPING_LANGS.map((l) => ({ value: l, label: t(`lang.${l}`) }))} />
              </Form.Item>
            </div>
            <Form.Item name="format" label={t('field.format')}>
              <Input maxLength={100} />
            </Form.Item>
            <Form.Item name="fileName" label={t('field.fileName')}>
              <Input maxLength={120} />
            </Form.Item>
            <Form.Item name="keepUntil" label={t('field.keepUntil')}>
              <DatePicker style={{ width: '100%' }} />
            </Form.Item>
          </>
        )}
        {kind === 'copying' && (
          <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
            {num('pages', t('field.pages'), 1, true)}
            {num('copies', t('field.copies'), 1, true)}
            <Form.Item name="size" label={t('field.size')} style={{ flex: 1, minWidth: 100 }}>
              <Select options={BC_COPY_SIZES.map((s) => ({ value: s, label: s }))} />
            </Form.Item>
            <Form.Item name="sides" label={t('field.sides')} style={{ flex: 1, minWidth: 100 }}>
              <Select options={BC_COPY_SIDES.map((s) => ({ value: s, label: t(`sides.${s}`) }))} />
            </Form.Item>
          </div>
        )}
      </Form>
    </Modal>
  );
}
