import { Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { UserAccount } from '@hy/contracts';
import { Confirm } from '../../../components/Confirm';
import { useUpdateUser } from '../api';

/** An administrator sets a new password (asked first); the user must change it at the next sign-in. */
export function ResetPasswordForm({ user }: { user: UserAccount }) {
  const { t } = useTranslation(['users', 'common']);
  const [form] = Form.useForm();
  const reset = useUpdateUser({ form, success: t('users:resetDone'), onSuccess: () => form.resetFields() });

  // Confirm stays open (loading) until the promise settles; a failure is already shown.
  const resetPassword = async () => {
    const v = await form.validateFields().catch(() => null);
    if (!v) return;
    await reset.mutateAsync({ id: user.id, body: { password: v.password } }).catch(() => undefined);
  };

  return (
    <>
      <Typography.Title level={5}>{t('users:resetPassword')}</Typography.Title>
      <Typography.Paragraph type="secondary">{t('users:resetHint')}</Typography.Paragraph>
      <Form form={form} layout="vertical">
        <Form.Item
          name="password"
          label={t('common:field.newPassword')}
          extra={t('users:passwordRule')}
          rules={[{ required: true, message: t('users:required', { field: t('common:field.newPassword') }) }]}
        >
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Confirm title={t('users:resetPassword')} description={t('users:resetHint')} onConfirm={resetPassword}>
          <Button danger loading={reset.isPending} data-testid="user-reset-password">
            {t('users:resetPassword')}
          </Button>
        </Confirm>
      </Form>
    </>
  );
}
