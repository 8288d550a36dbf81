/** Record an incident against one item: misdelivered, lost, or damaged after the desk received it (with a note). */
import { useMemo } from 'react';
import { Form, Input, Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAIL_INCIDENT_KINDS, type MailIncidentKind, type MailItem } from '@hy/contracts';
import { FormModal } from '../../../components/FormModal';
import { useDialogForm } from '../../../components/useDialogForm';
import { useApiMutation } from '../../../lib/mutation';
import { mailKeys, recordMailIncident } from './api';

interface Values {
  kind: MailIncidentKind;
  note: string;
}

export function IncidentModal({ item, onClose }: { item: MailItem | null; onClose: () => void }) {
  const { t } = useTranslation('mail');
  const initial = useMemo<Partial<Values>>(() => ({ kind: 'misdelivery' }), []);
  const { form, error, setError } = useDialogForm<Values>(!!item, initial);
  const m = useApiMutation({
    mutationFn: recordMailIncident,
    form,
    invalidate: [mailKeys.all],
    success: t('incident.recorded'),
    onSuccess: onClose,
    onError: setError,
  });
  return (
    <FormModal<Values>
      open={!!item}
      onClose={onClose}
      title={t('incident.title', { number: item?.number ?? '' })}
      form={form}
      name="mail-incident"
      saving={m.isPending}
      error={error}
      onFinish={(v) => item && m.mutate({ id: item.id, kind: v.kind, note: v.note })}
      saveTestId="incident-save"
    >
      {item && (
        <Typography.Paragraph type="secondary">
          {t(`kind.${item.kind}`)} · {item.recipientName}
          {item.recipientUnit ? `（${item.recipientUnit}）` : ''} · {[item.carrier, item.trackingNo].filter(Boolean).join(' ')}
        </Typography.Paragraph>
      )}
      <Form.Item name="kind" label={t('incident.kind')}>
        <Radio.Group optionType="button" options={MAIL_INCIDENT_KINDS.map((k) => ({ value: k, label: t(`accuracy.${k}`) }))} />
      </Form.Item>
      <Form.Item name="note" label={t('field.note')} rules={[{ required: true, whitespace: true, max: 300 }]}>
        <Input.TextArea rows={3} maxLength={300} data-testid="incident-note" />
      </Form.Item>
    </FormModal>
  );
}
