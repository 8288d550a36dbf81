/**
 * Log items one after another from the keyboard: kind, recipient from the directory (or the name on the
 * label: unknown list), carrier, tracking number, pieces, damaged, special goods; Enter logs and clears the
 * row for the next item (the kind and carrier stay).
 */
import { useState } from 'react';
import { App, Button, Checkbox, Col, Form, Input, InputNumber, Row, Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { MAIL_HANDLINGS, MAIL_KINDS, type DirectoryEntry, type FileRef, type MailItem } from '@hy/contracts';
import { PhotoPicker } from '../../../components/files/PhotoPicker';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { DirectoryPicker } from '../directory/DirectoryPicker';
import { logMail, mailKeys, type MailInput } from './api';

const CARRIERS = ['顺丰速运', '中国邮政', 'EMS', '京东物流', '中通快递', '圆通速递', '韵达快递', '申通快递', '机要通信'];

export function LogForm({ direction }: { direction: 'in' | 'out' }) {
  const { t } = useTranslation('mail');
  const { message } = App.useApp();
  const { propertyId, can } = useSession();
  const [form] = Form.useForm();
  const [who, setWho] = useState<DirectoryEntry | null>(null);
  const m = useApiMutation({
    mutationFn: logMail,
    form,
    invalidate: [mailKeys.all],
    onSuccess: (item: MailItem) => {
      message.success(t('log.logged', { number: item.number, box: item.pigeonhole }));
      form.resetFields(['trackingNo', 'recipientName', 'damaged', 'important', 'destination', 'note', 'label']);
      form.setFieldValue('pieces', 1);
      setWho(null);
    },
  });
  const kinds = MAIL_KINDS.filter((k) => k !== 'confidential' || can('frontdesk.mail.confidential'));
  const submit = (v: Record<string, unknown>) =>
    m.mutate({
      propertyId,
      input: {
        direction,
        kind: v.kind as MailInput['kind'],
        carrier: (v.carrier as string) || null,
        trackingNo: (v.trackingNo as string) || null,
        pieces: (v.pieces as number) ?? 1,
        recipientEntryId: who?.id ?? null,
        recipientName: who ? null : (v.recipientName as string) || null,
        condition: v.damaged ? 'damaged' : 'ok',
        handling: (v.handling as MailInput['handling']) ?? 'none',
        important: !!v.important,
        destination: (v.destination as string) || null,
        note: (v.note as string) || null,
        labelPhotoId: (v.label as FileRef[] | undefined)?.[0]?.id ?? null,
      },
    });
  return (
    <Form
      form={form}
      layout="vertical"
      onFinish={submit}
      initialValues={{ kind: 'parcel', carrier: '顺丰速运', pieces: 1, handling: 'none' }}
      data-testid={`mail-log-${direction}`}
      style={{ marginBottom: 16 }}
    >
      <Row gutter={12}>
        <Col xs={24} md={8} lg={5}>
          <Form.Item label={direction === 'in' ? t('field.recipient') : t('field.sender')} required>
            <DirectoryPicker value={who} onChange={setWho} testId={`mail-recipient-${direction}`} />
          </Form.Item>
        </Col>
        {!who && direction === 'in' && (
          <Col xs={24} md={8} lg={4}>
            <Form.Item name="recipientName" label={t('field.recipientName')} tooltip={t('log.unknownHint')}>
              <Input size="large" maxLength={60} />
            </Form.Item>
          </Col>
        )}
        {direction === 'out' && (
          <Col xs={24} md={8} lg={4}>
            <Form.Item name="destination" label={t('field.destination')}>
              <Input size="large" maxLength={120} />
            </Form.Item>
          </Col>
        )}
        <Col xs={12} md={8} lg={3}>
          <Form.Item name="kind" label={t('field.kind')}>
            <Select size="large" options={kinds.map((k) => ({ value: k, label: t(`kind.${k}`) }))} data-testid={`mail-kind-${direction}`} />
          </Form.Item>
        </Col>
        <Col xs={12} md={8} lg={3}>
          <Form.Item name="carrier" label={t('field.carrier')}>
            <Select size="large" showSearch options={CARRIERS.map((c) => ({ value: c, label: c }))} />
          </Form.Item>
        </Col>
        <Col xs={16} md={8} lg={4}>
          <Form.Item name="trackingNo" label={t('field.trackingNo')}>
            <Input size="large" maxLength={60} data-testid={`mail-tracking-${direction}`} />
          </Form.Item>
        </Col>
        <Col xs={8} md={4} lg={2}>
          <Form.Item name="pieces" label={t('field.pieces')}>
            <InputNumber size="large" min={1} max={999} style={{ width: '100%' }} />
          </Form.Item>
        </Col>
        {direction === 'in' && (
          <Col xs={12} md={6} lg={3}>
            <Form.Item name="handling" label={t('field.handling')}>
              <Select size="large" options={MAIL_HANDLINGS.map((h) => ({ value: h, label: t(`handling.${h}`) }))} />
            </Form.Item>
          </Col>
        )}
        {propertyId && (
          <Col xs={24} md={8} lg={4}>
            <Form.Item name="label" label={t('field.label')} tooltip={t('log.labelHint')} style={{ marginBottom: 8 }}>
              <PhotoPicker propertyId={propertyId} max={1} capture="environment" testId={`mail-label-${direction}`} />
            </Form.Item>
          </Col>
        )}
      </Row>
      <Row gutter={[12, 8]} align="middle">
        {direction === 'in' && (
          <>
            <Col>
              <Form.Item name="damaged" valuePropName="checked" noStyle>
                <Checkbox data-testid="mail-damaged">{t('field.damaged')}</Checkbox>
              </Form.Item>
            </Col>
            <Col>
              <Form.Item name="important" valuePropName="checked" noStyle>
                <Checkbox>{t('field.important')}</Checkbox>
              </Form.Item>
            </Col>
          </>
        )}
        <Col flex="auto">
          <Form.Item name="note" noStyle>
            <Input placeholder={t('field.note')} maxLength={300} />
          </Form.Item>
        </Col>
        <Col>
          <Button type="primary" htmlType="submit" size="large" loading={m.isPending} data-testid={`mail-log-submit-${direction}`}>
            {t('log.submit')}
          </Button>
        </Col>
      </Row>
    </Form>
  );
}
