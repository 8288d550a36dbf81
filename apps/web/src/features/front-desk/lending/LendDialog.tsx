/** Lend an item: the borrower (from the directory or typed), how many, due back (the item's loan period by default). */
import { useEffect } from 'react';
import { DatePicker, Form, Input, InputNumber } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { PHONE_PATTERN, type DirectoryEntry, type LendingItem } from '@hy/contracts';
import { FormModal } from '../../../components/FormModal';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { DirectoryPicker } from '../directory/DirectoryPicker';
import { lend, lendingKeys } from './api';

interface Values {
  entry?: DirectoryEntry | null;
  borrowerName: string;
  borrowerPhone?: string;
  borrowerCompany?: string;
  quantity: number;
  dueAt: Dayjs;
  note?: string;
}

export function LendDialog({ item, onClose }: { item: LendingItem | null; onClose: () => void }) {
  const { t, i18n } = useTranslation('lending');
  const { propertyId } = useSession();
  const [form] = Form.useForm<Values>();
  const save = useApiMutation({ mutationFn: lend, form, invalidate: [lendingKeys.all], success: t('lent'), onSuccess: onClose });
  useEffect(() => {
    if (item) form.setFieldsValue({ quantity: 1, dueAt: dayjs().add(item.loanHours, 'hour') });
  }, [item, form]);
  const name = item ? (i18n.language === 'en-US' ? (item.nameEn ?? item.nameZh) : item.nameZh) : '';
  return (
    <FormModal<Values>
      open={!!item}
      onClose={onClose}
      title={t('lendTitle', { item: name })}
      form={form}
      name="lend"
      saving={save.isPending}
      error={null}
      saveTestId="lend-save"
      onValuesChange={(changed) => {
        const e = changed.entry;
        if (e)
          form.setFieldsValue({
            borrowerName: e.kind === 'person' ? e.nameZh : form.getFieldValue('borrowerName'),
            borrowerPhone: e.mobile ?? e.phone ?? undefined,
            borrowerCompany: e.kind === 'person' ? (e.parentName ?? undefined) : e.nameZh,
          });
      }}
      onFinish={(v) =>
        save.mutate({
          propertyId,
          input: {
            itemId: item!.id,
            quantity: v.quantity,
            borrowerName: v.borrowerName,
            borrowerPhone: v.borrowerPhone || null,
            borrowerEntryId: v.entry?.id ?? null,
            borrowerCompany: v.borrowerCompany || null,
            dueAt: v.dueAt.toISOString(),
            note: v.note || null,
          },
        })
      }
    >
      <Form.Item name="entry" label={t('form.borrower')}>
        <DirectoryPicker kinds={['person', 'tenant']} placeholder={t('form.borrowerPh')} testId="lend-entry" size="middle" />
      </Form.Item>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Form.Item
          name="borrowerName"
          label={t('form.borrowerName')}
          rules={[{ required: true, whitespace: true }]}
          style={{ flex: '1 1 120px' }}
        >
          <Input maxLength={40} data-testid="lend-name" />
        </Form.Item>
        <Form.Item name="borrowerPhone" label={t('form.borrowerPhone')} rules={[{ pattern: PHONE_PATTERN }]} style={{ flex: '1 1 140px' }}>
          <Input maxLength={30} inputMode="tel" />
        </Form.Item>
      </div>
      <Form.Item name="borrowerCompany" label={t('form.borrowerCompany')}>
        <Input maxLength={80} />
      </Form.Item>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Form.Item name="quantity" label={t('form.quantity')} rules={[{ required: true }]} style={{ flex: '0 0 100px' }}>
          <InputNumber min={1} max={50} style={{ width: '100%' }} data-testid="lend-quantity" />
        </Form.Item>
        <Form.Item name="dueAt" label={t('form.dueAt')} rules={[{ required: true }]} style={{ flex: '1 1 200px' }}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" style={{ width: '100%' }} />
        </Form.Item>
      </div>
      <Form.Item name="note" label={t('form.note')}>
        <Input maxLength={300} />
      </Form.Item>
    </FormModal>
  );
}
