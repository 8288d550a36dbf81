/** Record a hygiene inspection sheet: level, area, day, a deduction per standard item (with a note), remarks. */
import { Button, DatePicker, Drawer, Form, Input, InputNumber, Segmented, Select, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { HYGIENE_AREAS, HYGIENE_ITEMS, HYGIENE_LEVELS, type HygieneItemCode, type HygieneLevel } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { useIsPhone } from '../../../lib/useIsPhone';
import { hygieneKeys, recordHygiene } from './api';

interface Values {
  level: HygieneLevel;
  area: string;
  inspectedOn: Dayjs;
  items: Record<HygieneItemCode, { deduction?: number | null; note?: string }>;
  remarks?: string;
}

export function RecordSheet({
  open,
  onClose,
  preset,
}: {
  open: boolean;
  onClose: () => void;
  preset?: { level: HygieneLevel; area: string } | null;
}) {
  const { t, i18n } = useTranslation('hygiene');
  const en = i18n.language === 'en-US';
  const { propertyId } = useSession();
  const phone = useIsPhone();
  const [form] = Form.useForm<Values>();
  const items = Form.useWatch('items', form);
  const score = 100 - HYGIENE_ITEMS.reduce((s, it) => s + (items?.[it.code]?.deduction ?? 0), 0);
  const save = useApiMutation({
    mutationFn: recordHygiene,
    form,
    invalidate: [hygieneKeys.all],
    success: (r) => t('form.saved', { score: r.score }),
    onSuccess: () => {
      form.resetFields();
      onClose();
    },
  });
  const submit = (v: Values) =>
    save.mutate({
      propertyId,
      level: v.level,
      area: v.area as never,
      inspectedOn: v.inspectedOn.format('YYYY-MM-DD'),
      items: HYGIENE_ITEMS.filter((it) => (v.items?.[it.code]?.deduction ?? 0) > 0 || v.items?.[it.code]?.note).map((it) => ({
        code: it.code,
        deduction: v.items[it.code]!.deduction ?? 0,
        note: v.items[it.code]!.note || null,
      })),
      remarks: v.remarks || null,
    });
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={t('form.title')}
      width={phone ? '100%' : 560}
      destroyOnHidden
      extra={
        <Typography.Text strong data-testid="sheet-score">
          {t('form.score', { score })}
        </Typography.Text>
      }
      footer={
        <Button type="primary" block size="large" loading={save.isPending} onClick={() => form.submit()} data-testid="sheet-submit">
          {t('form.submit')}
        </Button>
      }
    >
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={submit}
        initialValues={{ level: preset?.level ?? 'team', area: preset?.area, inspectedOn: dayjs() }}
        data-testid="sheet-form"
      >
        <Form.Item name="level" label={t('form.level')} rules={[{ required: true }]}>
          <Segmented block options={HYGIENE_LEVELS.map((l) => ({ value: l, label: t(`level.${l}`) }))} data-testid="sheet-level" />
        </Form.Item>
        <div style={{ display: 'grid', gridTemplateColumns: phone ? '1fr' : '1fr 1fr', gap: '0 12px' }}>
          <Form.Item name="area" label={t('form.area')} rules={[{ required: true, message: t('form.areaRequired') }]}>
            <Select
              options={HYGIENE_AREAS.map((a) => ({ value: a.code, label: en ? a.en : a.zh }))}
              placeholder={t('form.areaPick')}
              data-testid="sheet-area"
            />
          </Form.Item>
          <Form.Item name="inspectedOn" label={t('form.day')} rules={[{ required: true }]}>
            <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} allowClear={false} inputReadOnly />
          </Form.Item>
        </div>
        <Typography.Text strong>{t('form.items')}</Typography.Text>
        <div className="sq-sub" style={{ marginBottom: 4 }}>
          {t('form.itemsHint')}
        </div>
        {HYGIENE_ITEMS.map((it) => (
          <div className="sq-item" key={it.code} data-testid={`item-${it.code}`}>
            <span>
              {en ? it.en : it.zh} <span className="sq-sub">{t('form.points', { points: it.points })}</span>
            </span>
            <Form.Item name={['items', it.code, 'deduction']} noStyle>
              <InputNumber
                min={0}
                max={it.points}
                placeholder="0"
                addonBefore="−"
                inputMode="numeric"
                style={{ width: '100%' }}
                aria-label={t('form.deduction')}
              />
            </Form.Item>
            <Form.Item name={['items', it.code, 'note']} noStyle>
              <Input placeholder={t('form.note')} maxLength={200} />
            </Form.Item>
          </div>
        ))}
        <Form.Item name="remarks" label={t('form.remarks')} style={{ marginTop: 12 }}>
          <Input.TextArea rows={2} maxLength={1000} />
        </Form.Item>
      </Form>
    </Drawer>
  );
}
