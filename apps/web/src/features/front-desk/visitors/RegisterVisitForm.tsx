/** The desk registers a walk-in (the host is asked) or an appointment; the host is found in the directory. */
import { useState } from 'react';
import { Alert, Button, Col, Form, Input, Radio, Row } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DirectoryEntry, Visit } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { DirectoryPicker } from '../directory/DirectoryPicker';
import { registerVisit, visitKeys, type VisitInput } from './api';
import { IdFields } from './IdFields';

type Values = Omit<VisitInput, 'hostEntryId'> & { host: DirectoryEntry | null };

export function RegisterVisitForm({ onDone }: { onDone?: (v: Visit) => void }) {
  const { t } = useTranslation('visitors');
  const { propertyId } = useSession();
  const [form] = Form.useForm<Values>();
  const [last, setLast] = useState<Visit | null>(null);
  const save = useApiMutation({
    mutationFn: registerVisit,
    form,
    invalidate: [visitKeys.all],
    success: (v) => (v.status === 'held' ? undefined : v.status === 'awaiting_consent' ? t('msg.consentRequested') : t('msg.registered')),
    onSuccess: (v) => {
      setLast(v);
      form.resetFields();
      onDone?.(v);
    },
  });
  const host = Form.useWatch('host', form);
  return (
    <Form
      form={form}
      layout="vertical"
      name="visit-register"
      initialValues={{ kind: 'walk_in', idType: 'resident_id', partySize: 1 }}
      onFinish={({ host: h, ...x }) =>
        save.mutate({
          propertyId,
          input: {
            ...x,
            hostEntryId: h?.id,
            idNumber: x.idNumber || null,
            carPlate: x.carPlate || null,
            visitorPhone: x.visitorPhone || null,
            company: x.company || null,
            purpose: x.purpose || null,
          },
        })
      }
    >
      {last?.status === 'held' && (
        <Alert type="error" showIcon message={t('msg.held')} style={{ marginBottom: 12 }} data-testid="visit-held-alert" />
      )}
      <Row gutter={12}>
        <Col xs={24} md={12}>
          <Form.Item name="kind" label={t('f.kind')}>
            <Radio.Group
              optionType="button"
              options={(['walk_in', 'appointment'] as const).map((k) => ({ value: k, label: t(`kind.${k}`) }))}
            />
          </Form.Item>
          <Form.Item name="host" label={t('f.host')} rules={[{ required: true }]}>
            <DirectoryPicker kinds={['person']} testId="visit-host" size="large" />
          </Form.Item>
          {host?.admitRule === 'office_word' && (
            <Alert type="warning" showIcon message={t('msg.officeWordHint')} style={{ marginBottom: 12 }} />
          )}
          {host && !host.userId && host.admitRule !== 'office_word' && (
            <Alert type="info" message={t('msg.noHostApp')} style={{ marginBottom: 12 }} />
          )}
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="visitorName" label={t('f.visitorName')} rules={[{ required: true, whitespace: true }]}>
            <Input maxLength={40} size="large" data-testid="visit-name" />
          </Form.Item>
          <Row gutter={12}>
            <Col xs={24} sm={12}>
              <Form.Item name="company" label={t('f.company')}>
                <Input maxLength={80} data-testid="visit-company" />
              </Form.Item>
            </Col>
            <Col xs={24} sm={12}>
              <Form.Item name="visitorPhone" label={t('f.visitorPhone')}>
                <Input maxLength={30} inputMode="tel" data-testid="visit-phone" />
              </Form.Item>
            </Col>
          </Row>
          <Form.Item name="purpose" label={t('f.purpose')}>
            <Input maxLength={200} />
          </Form.Item>
        </Col>
      </Row>
      <IdFields />
      <Button type="primary" htmlType="submit" size="large" loading={save.isPending} data-testid="visit-register-save">
        {t('act.register')}
      </Button>
    </Form>
  );
}
