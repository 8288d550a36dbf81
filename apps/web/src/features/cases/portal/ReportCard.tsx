/** The tenant's report form: repair or complaint, where, what, phone, photos. */
import { Button, Card, Form, Input, Radio, Select } from 'antd';
import { SendOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../../lib/session';
import { createCase, useCaseWrite } from '../api';
import { useCaseOptions } from '../labels';

export function ReportCard({ onSubmitted }: { onSubmitted(caseId: string): void }) {
  const { t } = useTranslation(['cases', 'common']);
  const O = useCaseOptions();
  const { propertyId, me } = useSession();
  const [form] = Form.useForm();
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
      photos: v.photos ?? [],
    });
  };
  return (
    <Card title={t('portal.report')} size="small">
      <Form
        form={form}
        layout="vertical"
        initialValues={{ kind: 'repair', photos: [], contactPhone: me?.phone ?? '' }}
        data-testid="portal-form"
      >
        <Form.Item name="kind" label={t('portal.whatKind')}>
          <Radio.Group optionType="button" buttonStyle="solid" options={O.kind} />
        </Form.Item>
        <Form.Item
          name="location"
          label={t('field.location')}
          extra={me?.unitLabel ? t('portal.unitHint', { unit: me.unitLabel }) : undefined}
        >
          <Input maxLength={200} placeholder={t('portal.locationPlaceholder')} data-testid="portal-location" />
        </Form.Item>
        <Form.Item
          name="content"
          label={t('portal.content')}
          rules={[{ required: true, whitespace: true, message: t('intake.contentRequired') }]}
        >
          <Input.TextArea rows={4} maxLength={2000} showCount placeholder={t('portal.contentPlaceholder')} data-testid="portal-content" />
        </Form.Item>
        <Form.Item name="contactPhone" label={t('field.contactPhone')}>
          <Input maxLength={30} />
        </Form.Item>
        <Form.Item name="photos" label={t('field.photos')} extra={t('intake.photosHint')}>
          <Select mode="tags" open={false} tokenSeparators={[' ', ',']} maxCount={10} placeholder="https://…" />
        </Form.Item>
        <Button type="primary" block icon={<SendOutlined />} loading={write.isPending} onClick={submit} data-testid="portal-submit">
          {t('portal.submit')}
        </Button>
      </Form>
    </Card>
  );
}
