/**
 * Add or edit a newspaper / magazine subscription: title, publisher, the carrier who delivers it, the
 * recipient (picked from the directory or as written), copies per issue, and how often an issue comes.
 */
import { useMemo, useState } from 'react';
import { Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAIL_FREQUENCIES, type DirectoryEntry, type MailFrequency, type MailSubscription } from '@hy/contracts';
import { FormModal } from '../../../components/FormModal';
import { useDialogForm } from '../../../components/useDialogForm';
import { useApiMutation } from '../../../lib/mutation';
import { useSession } from '../../../lib/session';
import { DirectoryPicker } from '../directory/DirectoryPicker';
import { addSubscription, mailKeys, updateSubscription, type SubscriptionInput } from './api';

interface Values {
  title: string;
  publisher?: string;
  carrier?: string;
  recipientName?: string;
  perDay: number;
  frequency: MailFrequency;
  issueDay?: number | null;
}

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

export function SubscriptionModal(props: { open: boolean; sub: MailSubscription | null; onClose: () => void }) {
  const { t } = useTranslation('mail');
  const { propertyId } = useSession();
  const s = props.sub;
  const initial = useMemo<Partial<Values>>(
    () =>
      s
        ? {
            title: s.title,
            publisher: s.publisher ?? undefined,
            carrier: s.carrier ?? undefined,
            recipientName: s.recipientName,
            perDay: s.perDay,
            frequency: s.frequency,
            issueDay: s.issueDay,
          }
        : { perDay: 1, frequency: 'daily', carrier: '中国邮政' },
    [s],
  );
  const { form, error, setError } = useDialogForm<Values>(props.open, initial);
  const [entry, setEntry] = useState<DirectoryEntry | null>(null);
  const frequency = Form.useWatch('frequency', form);
  const close = () => {
    setEntry(null);
    props.onClose();
  };
  const add = useApiMutation({ mutationFn: addSubscription, form, invalidate: [mailKeys.all], onSuccess: close, onError: setError });
  const edit = useApiMutation({ mutationFn: updateSubscription, form, invalidate: [mailKeys.all], onSuccess: close, onError: setError });
  const submit = (v: Values) => {
    const base: SubscriptionInput = {
      title: v.title,
      publisher: v.publisher || null,
      carrier: v.carrier || null,
      perDay: v.perDay,
      frequency: v.frequency,
      issueDay: v.frequency === 'daily' ? null : (v.issueDay ?? null),
    };
    const who = entry
      ? { recipientEntryId: entry.id }
      : !s || v.recipientName !== s.recipientName
        ? { recipientEntryId: null, recipientName: v.recipientName || null }
        : {};
    if (s) edit.mutate({ id: s.id, patch: { ...base, ...who } });
    else add.mutate({ propertyId, input: { ...base, ...who } });
  };
  return (
    <FormModal<Values>
      open={props.open}
      onClose={close}
      title={s ? t('subs.edit') : t('subs.add')}
      form={form}
      name="mail-subscription"
      saving={add.isPending || edit.isPending}
      error={error}
      onFinish={submit}
      onValuesChange={(c) => {
        if ('frequency' in c) form.setFieldValue('issueDay', c.frequency === 'weekly' ? 1 : c.frequency === 'monthly' ? 1 : null);
      }}
      saveTestId="subscription-save"
      width={560}
    >
      <Form.Item name="title" label={t('field.title')} rules={[{ required: true, whitespace: true, max: 60 }]}>
        <Input maxLength={60} data-testid="subscription-title" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={24} sm={12}>
          <Form.Item name="publisher" label={t('field.publisher')}>
            <Input maxLength={60} />
          </Form.Item>
        </Col>
        <Col xs={24} sm={12}>
          <Form.Item name="carrier" label={t('field.deliveredBy')}>
            <Input maxLength={40} />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item label={t('subs.pick')}>
        <DirectoryPicker
          size="middle"
          value={entry}
          onChange={(e) => {
            setEntry(e);
            if (e) form.setFieldValue('recipientName', e.nameZh);
          }}
          testId="subscription-recipient-pick"
        />
      </Form.Item>
      <Form.Item name="recipientName" label={t('field.recipient')} rules={[{ required: true, whitespace: true, max: 60 }]}>
        <Input maxLength={60} disabled={!!entry} data-testid="subscription-recipient" />
      </Form.Item>
      <Row gutter={12}>
        <Col xs={12} sm={8}>
          <Form.Item name="perDay" label={t('field.copies')} rules={[{ required: true }]}>
            <InputNumber min={0} max={999} style={{ width: '100%' }} data-testid="subscription-copies" />
          </Form.Item>
        </Col>
        <Col xs={12} sm={8}>
          <Form.Item name="frequency" label={t('field.frequency')}>
            <Select options={MAIL_FREQUENCIES.map((f) => ({ value: f, label: t(`frequency.${f}`) }))} />
          </Form.Item>
        </Col>
        {frequency === 'weekly' && (
          <Col xs={24} sm={8}>
            <Form.Item name="issueDay" label={t('field.issueDay')} rules={[{ required: true }]}>
              <Select options={WEEKDAYS.map((d) => ({ value: d, label: t(`weekday.${d}`) }))} />
            </Form.Item>
          </Col>
        )}
        {frequency === 'monthly' && (
          <Col xs={24} sm={8}>
            <Form.Item name="issueDay" label={t('field.issueDayOfMonth')} rules={[{ required: true }]}>
              <InputNumber min={1} max={31} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        )}
      </Row>
    </FormModal>
  );
}
