import { App, Button, Card, Form, Input, Space } from 'antd';
import { LockOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { useChangePassword } from './api';

/** The password change form: on the account page, and alone while a password must be changed. */
export function ChangePasswordCard() {
  const { t } = useTranslation(['account', 'common']);
  const { message } = App.useApp();
  const [form] = Form.useForm<{ currentPassword: string; newPassword: string; confirmPassword: string }>();
  // Success refetches the session (mustChangePassword turns false).
  const change = useChangePassword({
    form,
    success: t('account:changed'),
    onSuccess: () => form.resetFields(),
    // "wrong_password" carries the same text as title and detail: say it once.
    onError: (msg, err) => message.error(err instanceof ApiError && err.problem.detail === err.problem.title ? err.problem.title : msg),
  });
  const submit = (v: { currentPassword: string; newPassword: string }) =>
    change.mutate({ currentPassword: v.currentPassword, newPassword: v.newPassword });

  return (
    <Card
      title={
        <Space>
          <LockOutlined />
          {t('account:changePassword')}
        </Space>
      }
      style={{ height: '100%' }}
    >
      <Form form={form} layout="vertical" requiredMark={false} onFinish={submit} data-testid="password-form">
        <Form.Item
          name="currentPassword"
          label={t('common:field.currentPassword')}
          rules={[{ required: true, message: t('account:required', { field: t('common:field.currentPassword') }) }]}
        >
          <Input.Password autoComplete="current-password" data-testid="current-password" />
        </Form.Item>
        <Form.Item
          name="newPassword"
          label={t('common:field.newPassword')}
          extra={t('account:rule')}
          dependencies={['currentPassword']}
          rules={[
            { required: true, message: t('account:required', { field: t('common:field.newPassword') }) },
            ({ getFieldValue }) => ({
              validator: (_, v) =>
                v && v === getFieldValue('currentPassword') ? Promise.reject(new Error(t('account:sameAsOld'))) : Promise.resolve(),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="new-password" />
        </Form.Item>
        <Form.Item
          name="confirmPassword"
          label={t('common:field.confirmPassword')}
          dependencies={['newPassword']}
          rules={[
            { required: true, message: t('account:required', { field: t('common:field.confirmPassword') }) },
            ({ getFieldValue }) => ({
              validator: (_, v) =>
                !v || v === getFieldValue('newPassword') ? Promise.resolve() : Promise.reject(new Error(t('account:mismatch'))),
            }),
          ]}
        >
          <Input.Password autoComplete="new-password" data-testid="confirm-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending} data-testid="password-save">
          {t('account:changePassword')}
        </Button>
      </Form>
    </Card>
  );
}
