/** Set one day as holiday or working day. */
import { useMemo } from 'react';
import { DatePicker, Form, Input, Radio } from 'antd';
import { useTranslation } from 'react-i18next';
import dayjs, { type Dayjs } from 'dayjs';
import { useSession } from '../../lib/session';
import { useSetOverride } from './api';
import type { OverrideKind } from './import/parseLines';
import { FormModal } from '../../components/FormModal';
import { useDialogForm } from '../../components/useDialogForm';

export function OverrideModal({
  open,
  initial,
  onClose,
}: {
  open: boolean;
  initial: { date?: string; kind?: OverrideKind; name?: string | null; editing?: boolean } | null;
  onClose(): void;
}) {
  const { t } = useTranslation('calendar');
  const { t: tc } = useTranslation();
  const { propertyId } = useSession();
  const values = useMemo(
    () => ({ date: initial?.date ? dayjs(initial.date) : undefined, kind: initial?.kind ?? 'holiday', name: initial?.name ?? '' }),
    [initial],
  );
  const { form, error, setError } = useDialogForm(open, values);
  const save = useSetOverride(propertyId, { form, success: tc('msg.saved'), onSuccess: onClose, onError: setError });
  return (
    <FormModal
      open={open}
      onClose={onClose}
      title={initial?.editing ? t('overrides.edit') : t('overrides.add')}
      form={form}
      name="override"
      saving={save.isPending}
      error={error}
      saveTestId="calendar-override-save"
      onFinish={(v) => {
        setError(null);
        const { date, kind, name } = v as { date: Dayjs; kind: OverrideKind; name?: string };
        save.mutate({ date: date.format('YYYY-MM-DD'), kind, name: name?.trim() || null });
      }}
    >
      <Form.Item name="date" label={t('overrides.date')} rules={[{ required: true, message: t('overrides.dateRequired') }]}>
        <DatePicker disabled={initial?.editing} style={{ width: '100%' }} data-testid="calendar-override-date" />
      </Form.Item>
      <Form.Item name="kind" label={t('overrides.kind')}>
        <Radio.Group
          options={[
            { value: 'holiday', label: t('overrides.kindHoliday') },
            { value: 'workday', label: t('overrides.kindWorkday') },
          ]}
        />
      </Form.Item>
      <Form.Item name="name" label={t('overrides.name')}>
        <Input maxLength={50} placeholder={t('overrides.namePlaceholder')} />
      </Form.Item>
    </FormModal>
  );
}
