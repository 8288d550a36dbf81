/** Take a message fast: who it is for (from the directory), the caller, the text, urgent; logged and notified at once. */
import { Button, Card, Checkbox, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { PHONE_PATTERN, type DirectoryEntry } from '@hy/contracts';
import { useSession } from '../../../lib/session';
import { useApiMutation } from '../../../lib/mutation';
import { DirectoryPicker } from '../directory/DirectoryPicker';
import { logMessage, messageKeys } from './api';

interface Values {
  recipient: DirectoryEntry | null;
  callerName: string;
  callerPhone?: string;
  callerCompany?: string;
  content: string;
  urgent?: boolean;
}

export function MessageForm() {
  const { t } = useTranslation('messages');
  const { propertyId } = useSession();
  const [form] = Form.useForm<Values>();
  const save = useApiMutation({
    mutationFn: logMessage,
    form,
    invalidate: [messageKeys.all],
    success: (m) => (m.status === 'notified' ? t('form.savedNotified') : t('form.saved')),
    onSuccess: () => form.resetFields(),
  });
  return (
    <Card title={t('form.title')} size="small" className="no-print">
      <Form
        form={form}
        layout="vertical"
        name="message"
        requiredMark={false}
        onFinish={(v) =>
          save.mutate({
            propertyId,
            input: {
              recipientEntryId: v.recipient!.id,
              callerName: v.callerName,
              callerPhone: v.callerPhone || null,
              callerCompany: v.callerCompany || null,
              content: v.content,
              urgent: !!v.urgent,
            },
          })
        }
      >
        <Form.Item name="recipient" label={t('form.recipient')} rules={[{ required: true }]}>
          <DirectoryPicker testId="message-recipient" placeholder={t('form.recipientPh')} />
        </Form.Item>
        <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <Form.Item
            name="callerName"
            label={t('form.callerName')}
            rules={[{ required: true, whitespace: true }]}
            style={{ flex: '1 1 120px' }}
          >
            <Input maxLength={40} data-testid="message-caller" />
          </Form.Item>
          <Form.Item name="callerPhone" label={t('form.callerPhone')} rules={[{ pattern: PHONE_PATTERN }]} style={{ flex: '1 1 140px' }}>
            <Input maxLength={30} inputMode="tel" />
          </Form.Item>
        </div>
        <Form.Item name="callerCompany" label={t('form.callerCompany')}>
          <Input maxLength={80} />
        </Form.Item>
        <Form.Item name="content" label={t('form.content')} rules={[{ required: true, whitespace: true }]}>
          <Input.TextArea rows={3} maxLength={1000} data-testid="message-content" />
        </Form.Item>
        <div style={{ display: 'flex', justifyContent: 'space-between', alignItems: 'center' }}>
          <Form.Item name="urgent" valuePropName="checked" noStyle>
            <Checkbox>{t('form.urgent')}</Checkbox>
          </Form.Item>
          <Button type="primary" htmlType="submit" loading={save.isPending} data-testid="message-save" size="large">
            {t('form.save')}
          </Button>
        </div>
      </Form>
    </Card>
  );
}
