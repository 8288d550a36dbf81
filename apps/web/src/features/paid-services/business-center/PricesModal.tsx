/** The price list: everyone at the desk reads it; a supervisor (paidservices.manage) changes it (yuan in, fen stored). */
import { useEffect } from 'react';
import { Button, Form, InputNumber, Modal, Select, Space, Typography } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { BC_COPY_SIDES, BC_COPY_SIZES, BC_FAX_BASES, BC_FAX_ZONES, BC_TYPING_LANGS, toFen, toYuan, type BcPrices } from '@hy/contracts';
import { useDateTime } from '../../../lib/format';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { bcKeys, pricesQuery, savePrices } from './api';

type Yuan = {
  fax: Record<string, { basis: 'page' | 'minute'; y: number }>;
  typing: Record<string, number>;
  copying: Record<string, Record<string, number>>;
};
const toForm = (p: BcPrices): Yuan => ({
  fax: Object.fromEntries(BC_FAX_ZONES.map((z) => [z, { basis: p.fax[z].basis, y: toYuan(p.fax[z].fen) }])),
  typing: Object.fromEntries(BC_TYPING_LANGS.map((l) => [l, toYuan(p.typing[l])])),
  copying: Object.fromEntries(BC_COPY_SIZES.map((s) => [s, Object.fromEntries(BC_COPY_SIDES.map((d) => [d, toYuan(p.copying[s][d])]))])),
});
const fromForm = (v: Yuan): BcPrices => ({
  fax: Object.fromEntries(BC_FAX_ZONES.map((z) => [z, { basis: v.fax[z]!.basis, fen: toFen(v.fax[z]!.y) }])) as BcPrices['fax'],
  typing: { zh: toFen(v.typing.zh), en: toFen(v.typing.en) },
  copying: Object.fromEntries(
    BC_COPY_SIZES.map((s) => [s, { single: toFen(v.copying[s]!.single), double: toFen(v.copying[s]!.double) }]),
  ) as BcPrices['copying'],
});

export function PricesModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation('bizCenter');
  const { propertyId, can } = useSession();
  const dt = useDateTime();
  const edit = can('paidservices.manage');
  const [form] = Form.useForm<Yuan>();
  const q = useQuery({ ...pricesQuery(propertyId), enabled: open && !!propertyId });
  useEffect(() => {
    if (q.data && open) form.setFieldsValue(toForm(q.data.prices));
  }, [q.data, open, form]);
  const save = useApiMutation({
    mutationFn: (v: Yuan) => savePrices({ propertyId, prices: fromForm(v) }),
    form,
    invalidate: [bcKeys.all],
    success: t('prices.saved'),
    onSuccess: onClose,
  });
  const yuan = (name: (string | number)[]) => (
    <Form.Item name={name} noStyle rules={[{ required: true }]}>
      <InputNumber min={0} max={100000} step={0.1} precision={2} disabled={!edit} addonAfter={t('prices.yuan')} style={{ width: 150 }} />
    </Form.Item>
  );
  return (
    <Modal
      open={open}
      title={t('prices.title')}
      onCancel={onClose}
      width="min(560px, calc(100vw - 16px))"
      destroyOnHidden
      footer={
        edit ? (
          <Button type="primary" loading={save.isPending} onClick={() => form.submit()} data-testid="prices-save">
            {t('prices.save')}
          </Button>
        ) : null
      }
    >
      <Form form={form} onFinish={(v) => save.mutate(v)} layout="vertical">
        <Typography.Title level={5}>{t('prices.fax')}</Typography.Title>
        {BC_FAX_ZONES.map((z) => (
          <Space key={z} wrap style={{ marginBottom: 8 }}>
            <span style={{ display: 'inline-block', minWidth: 110 }}>{t(`zone.${z}`)}</span>
            <Form.Item name={['fax', z, 'basis']} noStyle>
              <Select disabled={!edit} style={{ width: 110 }} options={BC_FAX_BASES.map((b) => ({ value: b, label: t(`basis.${b}`) }))} />
            </Form.Item>
            {yuan(['fax', z, 'y'])}
          </Space>
        ))}
        <Typography.Title level={5}>{t('prices.typing')}</Typography.Title>
        {BC_TYPING_LANGS.map((l) => (
          <Space key={l} style={{ marginBottom: 8, marginRight: 16 }}>
            <span style={{ display: 'inline-block', minWidth: 110 }}>{t(`lang.${l}`)}</span>
            {yuan(['typing', l])}
          </Space>
        ))}
        <Typography.Title level={5}>{t('prices.copying')}</Typography.Title>
        {BC_COPY_SIZES.map((s) =>
          BC_COPY_SIDES.map((d) => (
            <Space key={`${s}${d}`} style={{ marginBottom: 8, marginRight: 16 }}>
              <span style={{ display: 'inline-block', minWidth: 110 }}>
                {s} {t(`sides.${d}`)}
              </span>
              {yuan(['copying', s, d])}
            </Space>
          )),
        )}
        {q.data?.updatedByName && (
          <Typography.Paragraph type="secondary">
            {t('prices.updated', { name: q.data.updatedByName, at: dt(q.data.updatedAt) })}
          </Typography.Paragraph>
        )}
      </Form>
    </Modal>
  );
}
