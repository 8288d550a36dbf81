/** The tenant's report form: repair or complaint, what (one tap for the common repairs), photos, where, phone. */
import { Button, Card, Form, Input, Radio } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { FileRef } from '@hy/contracts';
import { PhotoPicker } from '../../../components/files/PhotoPicker';
import { useSession } from '../../../lib/session';
import { createCase, useCaseWrite } from '../api';
import { useCaseOptions } from '../labels';
import { QuickProblems } from './QuickProblems';

export function ReportCard({ onSubmitted }: { onSubmitted(caseId: string): void }) {
  const { t } = useTranslation(['cases', 'common']);
  const O = useCaseOptions();
  const { propertyId, me } = useSession();
  const [form] = Form.useForm();
  const kind = Form.useWatch('kind', form);
  const write = useCaseWrite(createCase, {
    form,
    success: (c) => t('portal.submitted', { number: c.number }),
    onSuccess: (c) => {
      form.resetFields();
      onSubmitted(c.id);
    },
  });
  const submit = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    write.mutate({
      propertyId,
      kind: v.kind,
      channel: 'tenant_portal',
      location: v.location || null,
      content: v.content,
      contactPhone: v.contactPhone || null,
      photoIds: ((v.photoIds ?? []) as FileRef[]).map((f) => f.id),
    });
  };
  return (
    <Card title={t('portal.report')} size="small">
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'repair', photoIds: [], contactPhone: me?.phone ?? '' }}
        data-testid="portal-form"
      >
        <Form.Item name="kind" label={t('portal.whatKind')}>
          <Radio.Group optionType="button" buttonStyle="solid" options={O.kind} size="large" />
        </Form.Item>
        {kind === 'repair' && <QuickProblems onPick={(text) => form.setFieldsValue({ content: text })} />}
        <Form.Item
          name="content"
          label={t('portal.content')}
          rules={[{ required: true, whitespace: true, message: t('intake.contentRequired') }]}
        >
          <Input.TextArea rows={3} maxLength={2000} showCount placeholder={t('portal.contentPlaceholder')} data-testid="portal-content" />
        </Form.Item>
        <Form.Item name="photoIds" label={t('field.photos')} extra={t('intake.photosHint')}>
          <PhotoPicker propertyId={propertyId ?? ''} testId="portal-photos" />
        </Form.Item>
        <Form.Item
          name="location"
          label={t('field.location')}
          extra={me?.unitLabel ? t('portal.unitHint', { unit: me.unitLabel }) : undefined}
        >
          <Input maxLength={200} placeholder={t('portal.locationPlaceholder')} data-testid="portal-location" />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('field.contactPhone')}>
          <Input maxLength={30} inputMode="tel" />
        </Form.Item>
        <Button
          type="primary"
          block
          size="large"
          icon={<SendOutlined />}
          loading={write.isPending}
          onClick={submit}
          data-testid="portal-submit"
        >
          {t('portal.submit')}
        </Button>
      </Form>
    </Card>
  );
}
